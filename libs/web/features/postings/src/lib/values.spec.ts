import { need } from '../testing/fixtures';
import { createBody, emptyValues, postingProblems, updateBody, valuesFromPosting } from './values';

const valid = { ...emptyValues('org', 'user'), title: 'Sick cows', description: 'x'.repeat(20) };

describe('postingProblems', () => {
  it('applies the API limits: title 5–200 and description 20–10,000 characters, not counting outer space', () => {
    expect(postingProblems(valid)).toEqual({});
    expect(postingProblems({ ...valid, title: '  Cow  ' }).title).toEqual({
      key: 'titleTooShort',
      min: 5,
      missing: 2,
    });
    expect(postingProblems({ ...valid, title: 'x'.repeat(201) }).title).toEqual({
      key: 'titleTooLong',
      max: 200,
      excess: 1,
    });
    expect(postingProblems({ ...valid, description: ` ${'x'.repeat(19)} ` }).description?.key).toBe(
      'descriptionTooShort',
    );
    expect(postingProblems({ ...valid, description: 'x'.repeat(10_001) }).description?.key).toBe(
      'descriptionTooLong',
    );
  });

  it('counts a Windows line break as one character, as the API stores it', () => {
    const text = `${'x'.repeat(9_000)}${'\r\n'.repeat(1_000)}`;
    expect(postingProblems({ ...valid, description: text }).description).toBeUndefined();
  });

  it('wants an organisation and at most 20 keywords of at most 50 characters', () => {
    expect(postingProblems({ ...valid, organizationId: '' }).organizationId?.key).toBe(
      'organizationRequired',
    );
    const many = Array.from({ length: 21 }, (_, index) => `tag ${index}`);
    expect(postingProblems({ ...valid, tags: many }).tags?.key).toBe('tooManyTags');
    expect(postingProblems({ ...valid, tags: ['y'.repeat(51)] }).tags?.key).toBe('tagTooLong');
  });
});

describe('request bodies', () => {
  it('sends a competence without the need-only fields, cleared choices as null', () => {
    expect(createBody('competence', valid, 'draft')).toEqual({
      organizationId: 'org',
      status: 'draft',
      title: 'Sick cows',
      description: 'x'.repeat(20),
      tags: [],
      formats: [],
      languages: [],
      regionPreference: null,
      visibility: 'registered',
      contactUserId: 'user',
    });
  });

  it('round-trips a saved need through the editor', () => {
    const body = updateBody('need', valuesFromPosting(need));
    expect(body).toMatchObject({
      title: need.title,
      partnerKinds: need.partnerKinds,
      budgetBand: need.budgetBand,
      timeframe: need.timeframe,
      contactUserId: need.contact?.userId,
    });
    expect(body).not.toHaveProperty('organizationId');
  });
});
