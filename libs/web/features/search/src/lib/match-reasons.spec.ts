import { createI18n } from '@videnbro/web-core';
import { searchTranslations } from '../i18n/translations';
import { institutionMatch, needMatch } from '../testing/fixtures';
import { reasonSentences } from './match-reasons';

function sentences(reasons: typeof institutionMatch.reasons, language: 'da' | 'en') {
  const i18n = createI18n({ bundles: [searchTranslations], language });
  return reasonSentences(reasons, i18n.t, language);
}

describe('reasonSentences', () => {
  it('says every reason as a sentence, in English', () => {
    expect(sentences(institutionMatch.reasons, 'en')).toEqual([
      'Keywords in common: robotics',
      'Words in common: robot and svejsning',
      'Forms of collaboration both want: Contract research and Student project / thesis',
      'Is the kind of partner sought',
      'Both are in Region of Southern Denmark',
      '2 of its 9 postings are in the same fields',
      'Both are members of Odense Robotics',
    ]);
  });

  it('says them in Danish', () => {
    expect(sentences(institutionMatch.reasons, 'da')).toEqual([
      'Fælles nøgleord: robotics',
      'Fælles ord: robot og svejsning',
      'Samarbejdsformer, begge ønsker: Kontraktforskning og Studenterprojekt / speciale',
      'Er den type partner, der søges',
      'Begge ligger i Region Syddanmark',
      '2 af organisationens 9 opslag er inden for de samme områder',
      'Begge er medlemmer af Odense Robotics',
    ]);
  });

  it('leaves out what the two sides do not share, and says when the partner kind does not fit', () => {
    expect(sentences(needMatch.reasons, 'en')).toEqual(['Keywords in common: welding']);
    expect(sentences({ ...needMatch.reasons, sharedTags: [], partnerKindFit: false }, 'en')).toEqual([
      'Is not among the kinds of partner sought',
    ]);
  });

  it('names the shared country when the two sides are in different regions', () => {
    const reasons = { ...needMatch.reasons, sharedTags: [], region: null, country: 'DK' };
    expect(sentences(reasons, 'en')).toEqual(['Both are in Denmark']);
    expect(sentences(reasons, 'da')).toEqual(['Begge ligger i Danmark']);
  });
});
