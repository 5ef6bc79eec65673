import { toRecord } from './records';

describe('an import record', () => {
  it('is an organisation normalised by the API rules: CVR, employee band, NACE, municipality by name, country code', () => {
    expect(
      toRecord({
        type: 'organization',
        externalId: ' crm-1 ',
        name: ' Fjordmejeriet ApS ',
        kind: 'sme',
        cvr: 'DK 1374 8136',
        employees: '12',
        nace: '10;10.51.00',
        municipality: 'Københavns Kommune',
        tags: ['Mejeri', 'mejeri '],
      }),
    ).toEqual({
      type: 'organization',
      row: expect.objectContaining({
        externalId: 'crm-1',
        name: 'Fjordmejeriet ApS',
        cvr: '13748136',
        employeeBand: '10-49',
        industryCodes: ['10', '10.51.00'],
        country: 'DK',
        municipality: 'koebenhavn',
        region: 'hovedstaden',
        tags: ['mejeri'],
      }),
    });
    expect(
      toRecord({ type: 'organization', externalId: 'e', name: 'Athens', kind: 'university', country: 'EL' })
        .row,
    ).toMatchObject({
      country: 'GR',
    });
  });

  it('names the field that breaks a rule, in the file’s terms', () => {
    const message = (record: object) => {
      try {
        toRecord(record);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    const org = { type: 'organization', externalId: 'o', name: 'X', kind: 'sme' };
    expect(message({ ...org, cvr: '24256791' })).toMatch(/^cvr: /);
    expect(message({ ...org, employees: 0 })).toBe('employees: must be a whole number above 0');
    expect(message({ ...org, employees: 'many' })).toMatch(/^employees: employeeBand must be one of/);
    expect(message({ ...org, nace: ['00.11.22'] })).toMatch(/^nace: 00\.11\.22 is not a DB07/);
    expect(message({ ...org, colour: 'red' })).toBe('colour: is not a field of this record type');
    expect(message({ type: 'organization', name: 'X', kind: 'sme' })).toBe('externalId: is required');
    const competence = {
      type: 'competence',
      externalId: 'c',
      organization: 'o',
      title: 'Sensors',
      description: 'Fields: sensors, and a little more.',
    };
    expect(message({ ...competence, partnerKinds: ['sme'] })).toMatch(
      /^partnerKinds: property partnerKinds should not exist/,
    );
    expect(message({ ...competence, status: 'archived' })).toMatch(/^status: must be one of draft, open/);
    expect(message({ ...competence, visibility: 'secret' })).toMatch(/^visibility: /);
  });

  it('is a posting with the import defaults: public and open', () => {
    expect(
      toRecord({
        type: 'need',
        externalId: 'n',
        organization: 'o',
        title: 'Test a membrane',
        description: 'We look for a partner to test it.',
      }),
    ).toEqual({
      type: 'need',
      row: {
        externalId: 'n',
        organization: 'o',
        title: 'Test a membrane',
        description: 'We look for a partner to test it.',
        tags: [],
        formats: [],
        partnerKinds: [],
        visibility: 'public',
        status: 'open',
      },
    });
  });
});
