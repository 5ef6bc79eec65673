import { EMPTY_AGGREGATE, FIGURE_IDS, FIGURES, figuresOf, fundingAggregate } from './figures';
import { periodOf } from './statistics.service';

describe('figures', () => {
  it('has one definition per id, each in Danish and English', () => {
    expect(FIGURES.map((figure) => figure.id)).toEqual([...FIGURE_IDS]);
    for (const figure of FIGURES) {
      expect(figure.label.da && figure.label.en && figure.definition.da && figure.definition.en).toBeTruthy();
    }
  });

  it('gives shares and ratios of nothing no value, with their numerator and denominator', () => {
    const values = Object.fromEntries(figuresOf(EMPTY_AGGREGATE).map((figure) => [figure.id, figure]));
    expect(values.sme_share).toEqual({ id: 'sme_share', value: null, numerator: 0, denominator: 0 });
    expect(values.companies).toEqual({ id: 'companies', value: 0 });
  });

  it('converts from each pipeline stage to the next: of the cases that reached it, those that reached both', () => {
    const values = Object.fromEntries(
      figuresOf({
        ...EMPTY_AGGREGATE,
        cases: 5,
        casesReached: { ...EMPTY_AGGREGATE.casesReached, suggested: 5, introduced: 3, meeting_held: 2 },
        casesAdvanced: { ...EMPTY_AGGREGATE.casesAdvanced, suggested: 3, introduced: 2, meeting_held: 1 },
      }).map((figure) => [figure.id, figure]),
    );
    expect(values.case_conversion_introduced).toMatchObject({ value: 3 / 5, numerator: 3, denominator: 5 });
    expect(values.case_conversion_meeting_held).toMatchObject({ value: 2 / 3 });
    expect(values.case_conversion_collaboration_agreed).toMatchObject({ value: 1 / 2 });
    expect(values.case_conversion_funded).toMatchObject({ value: null, denominator: 0 });
  });

  it('sums funding by source and status: spent base grant, secured external money, fees and EU', () => {
    expect(
      fundingAggregate([
        { source: 'innovation_power', status: 'spent', amountDkk: 1_000 },
        { source: 'innovation_power', status: 'secured', amountDkk: 7 },
        { source: 'membership_fees', status: 'secured', amountDkk: 50 },
        { source: 'eu', status: 'secured', amountDkk: 300 },
        { source: 'eu', status: 'spent', amountDkk: 11 },
        { source: 'sponsorships', status: 'secured', amountDkk: 20 },
      ]),
    ).toEqual({ baseGrantSpent: 1_000, externalFundingSecured: 320, membershipFees: 50, euFunding: 300 });
  });
});

describe('periodOf', () => {
  const today = new Date('2026-03-04T12:00:00Z');

  it('defaults to the calendar year of the other end, or of today', () => {
    expect(periodOf({}, today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf({ from: '2024-05-01' }, today)).toEqual({ from: '2024-05-01', to: '2024-12-31' });
    expect(periodOf({ to: '2023-02-01' }, today)).toEqual({ from: '2023-01-01', to: '2023-02-01' });
  });

  it('refuses from after to and periods of 30 years or more', () => {
    expect(() => periodOf({ from: '2024-02-02', to: '2024-02-01' }, today)).toThrow('must not be after');
    expect(() => periodOf({ from: '1990-01-01', to: '2020-01-01' }, today)).toThrow('at most 30 years');
    expect(periodOf({ from: '1991-01-01', to: '2020-12-31' }, today).from).toBe('1991-01-01');
  });
});
