import {
  COMPANY_KINDS,
  EMPLOYEE_BAND_IDS,
  EMPLOYEE_BANDS,
  employeeBandOf,
  isCompany,
  isEmployeeBand,
  isKnowledgeInstitution,
  isOrganizationKind,
  isSme,
  KNOWLEDGE_INSTITUTION_KINDS,
  ORGANIZATION_KIND_IDS,
  ORGANIZATION_KINDS,
  type OrganizationKind,
} from './index';

describe('organisation kinds', () => {
  it('lists the 11 kinds with Danish and English labels', () => {
    expect(ORGANIZATION_KIND_IDS).toEqual([
      'sme',
      'large_company',
      'university',
      'business_academy',
      'university_college',
      'artistic_institution',
      'gts_institute',
      'research_institute',
      'cluster',
      'public_authority',
      'other',
    ]);
    expect(ORGANIZATION_KINDS.map((k) => k.id)).toEqual([...ORGANIZATION_KIND_IDS]);
    for (const kind of ORGANIZATION_KINDS) {
      expect(kind.label.da).not.toBe('');
      expect(kind.label.en).not.toBe('');
    }
    expect(ORGANIZATION_KINDS.find((k) => k.id === 'university_college')?.label.da).toBe(
      'Professionshøjskole',
    );
  });

  it('splits the kinds into knowledge institutions, companies and the rest', () => {
    expect([...KNOWLEDGE_INSTITUTION_KINDS]).toEqual([
      'university',
      'business_academy',
      'university_college',
      'artistic_institution',
      'gts_institute',
      'research_institute',
    ]);
    expect([...COMPANY_KINDS]).toEqual(['sme', 'large_company']);
    for (const kind of ORGANIZATION_KIND_IDS) {
      expect(isKnowledgeInstitution(kind) && isCompany(kind)).toBe(false);
    }
    const neither = ORGANIZATION_KIND_IDS.filter((k) => !isKnowledgeInstitution(k) && !isCompany(k));
    expect(neither).toEqual(['cluster', 'public_authority', 'other']);
  });

  it('guards input', () => {
    expect(isOrganizationKind('gts_institute')).toBe(true);
    expect(isOrganizationKind('GTS')).toBe(false);
    expect(isOrganizationKind(undefined)).toBe(false);
    expect(isKnowledgeInstitution('cluster')).toBe(false);
    expect(isCompany('university')).toBe(false);
  });
});

describe('employee bands', () => {
  it('has the 4 bands with bounds and labels', () => {
    expect(EMPLOYEE_BAND_IDS).toEqual(['1-9', '10-49', '50-249', '250+']);
    expect(EMPLOYEE_BANDS.map((b) => [b.id, b.min, b.max])).toEqual([
      ['1-9', 1, 9],
      ['10-49', 10, 49],
      ['50-249', 50, 249],
      ['250+', 250, null],
    ]);
    expect(EMPLOYEE_BANDS[1].label).toEqual({ da: '10–49 ansatte', en: '10–49 employees' });
    expect(isEmployeeBand('250+')).toBe(true);
    expect(isEmployeeBand('250')).toBe(false);
  });

  it('places a head count in its band', () => {
    expect([0, 1, 9, 10, 49, 50, 249, 250, 5000].map(employeeBandOf)).toEqual([
      '1-9',
      '1-9',
      '1-9',
      '10-49',
      '10-49',
      '50-249',
      '50-249',
      '250+',
      '250+',
    ]);
  });
});

describe('isSme', () => {
  it('counts an sme with fewer than 250 employees, or without a band', () => {
    expect(isSme({ kind: 'sme' })).toBe(true);
    expect(isSme({ kind: 'sme', employees: null })).toBe(true);
    expect(isSme({ kind: 'sme', employees: '1-9' })).toBe(true);
    expect(isSme({ kind: 'sme', employees: '10-49' })).toBe(true);
    expect(isSme({ kind: 'sme', employees: '50-249' })).toBe(true);
    expect(isSme({ kind: 'sme', employees: 249 })).toBe(true);
  });

  it('does not count a company with 250 or more employees', () => {
    expect(isSme({ kind: 'sme', employees: '250+' })).toBe(false);
    expect(isSme({ kind: 'sme', employees: 250 })).toBe(false);
  });

  it('never counts a large company or an organisation that is not a company', () => {
    expect(isSme({ kind: 'large_company' })).toBe(false);
    expect(isSme({ kind: 'large_company', employees: '10-49' })).toBe(false);
    const others: OrganizationKind[] = [
      'university',
      'gts_institute',
      'cluster',
      'public_authority',
      'other',
    ];
    for (const kind of others) expect(isSme({ kind, employees: '1-9' })).toBe(false);
  });
});
