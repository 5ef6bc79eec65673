import { isIntroduced, postingsFor, subjectFor } from './case-views';
import type { CaseConsent } from './entities';

const need = { id: 'n', name: 'Secret recipe' };
const competence = { id: 'k', name: 'Fermentation lab' };
const consent = (status: CaseConsent['status']) => ({ status }) as CaseConsent;
const row = (consents: CaseConsent[], needConfidential = true) => ({
  needRef: need,
  competenceRef: competence,
  needConfidential,
  competenceConfidential: false,
  consents,
});

describe('postingsFor', () => {
  it('hides a confidential need from the institution until both accepted', () => {
    const pending = row([consent('accepted'), consent('pending')]);
    expect(postingsFor(pending, { canBroker: false, parties: ['institution'] })).toEqual({
      need: null,
      competence,
    });
    expect(postingsFor(pending, { canBroker: false, parties: ['company'] })).toEqual({ need, competence });
    expect(postingsFor(pending, { canBroker: true, parties: [] })).toEqual({ need, competence });
    const agreed = row([consent('accepted'), consent('accepted')]);
    expect(postingsFor(agreed, { canBroker: false, parties: ['institution'] })).toEqual({ need, competence });
  });

  it('shows an ordinary need to both sides', () => {
    expect(postingsFor(row([], false), { canBroker: false, parties: ['institution'] }).need).toEqual(need);
  });
});

describe('subjectFor', () => {
  it('names each side its own posting first, and never a confidential one of the other side', () => {
    expect(subjectFor(row([]), 'company')).toBe('Secret recipe');
    expect(subjectFor(row([]), 'institution')).toBe('Fermentation lab');
    expect(subjectFor({ ...row([]), competenceRef: null }, 'institution')).toBeNull();
    expect(subjectFor({ ...row([], false), competenceRef: null }, 'institution')).toBe('Secret recipe');
  });
});

describe('isIntroduced', () => {
  it('needs both consents accepted', () => {
    expect(isIntroduced({ consents: [] })).toBe(false);
    expect(isIntroduced({ consents: [consent('accepted'), consent('declined')] })).toBe(false);
    expect(isIntroduced({ consents: [consent('accepted'), consent('accepted')] })).toBe(true);
  });
});
