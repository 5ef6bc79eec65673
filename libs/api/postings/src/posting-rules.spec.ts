import type { Need } from './entities';
import { contentOf, resolveContent, transitionProblem } from './posting-rules';
import { COMPETENCE, NEED } from './posting-types';

const text = { title: 'Sensor data for dairy cows', description: 'We want to predict illness from data.' };

describe('resolveContent', () => {
  it('fills in the defaults on creation and normalises tags and lists', () => {
    const { content, problems } = resolveContent(NEED, null, {
      ...text,
      tags: [' Sensors', 'sensors', 'Machine  Learning', ''],
      formats: ['contract_research', 'contract_research', 'student_project'],
      languages: ['da', 'da'],
    });
    expect(problems).toEqual([]);
    expect(content).toEqual({
      ...text,
      tags: ['sensors', 'machine learning'],
      formats: ['contract_research', 'student_project'],
      regionPreference: null,
      languages: ['da'],
      visibility: 'registered',
      contactUserId: null,
      externalId: null,
      partnerKinds: [],
      budgetBand: null,
      timeframe: null,
    });
  });

  it('keeps absent fields, clears nullable ones given null, and has no need fields for a competence', () => {
    const current = resolveContent(COMPETENCE, null, { ...text, regionPreference: 'midtjylland' }).content;
    const { content } = resolveContent(COMPETENCE, current, { regionPreference: null, title: 'New title' });
    expect(content).toEqual({ ...current, title: 'New title', regionPreference: null });
    expect(content).not.toHaveProperty('partnerKinds');
  });

  it('counts tags after normalisation against the shared limits', () => {
    const many = Array.from({ length: 21 }, (_, i) => `tag ${i}`);
    expect(resolveContent(NEED, null, { ...text, tags: many }).problems).toEqual([
      { field: 'tags', message: 'At most 20 tags are allowed' },
    ]);
    expect(resolveContent(NEED, null, { ...text, tags: [...many.slice(0, 20), 'TAG 0'] }).problems).toEqual(
      [],
    );
  });

  it('requires title and description on creation, and treats a blank externalId as none', () => {
    const { content, problems } = resolveContent(NEED, null, { externalId: '  ' });
    expect(problems.map((problem) => problem.field)).toEqual(['title', 'description']);
    expect(content.externalId).toBeNull();
  });

  it('reads the content fields of a stored posting, nothing else', () => {
    const stored = {
      id: 'x',
      status: 'open',
      ...resolveContent(NEED, null, text).content,
    } as unknown as Need;
    expect(Object.keys(contentOf(NEED, stored))).toEqual(NEED.fields);
  });
});

describe('transitionProblem', () => {
  it('allows the transitions of the domain and names the allowed ones otherwise', () => {
    expect(transitionProblem('need', 'draft', 'open')).toBeNull();
    expect(transitionProblem('need', 'draft', 'matched')).toBe(
      'A need cannot go from draft to matched. From draft it can go to: open, closed',
    );
    expect(transitionProblem('competence', 'open', 'open')).toBe(
      'The competence is open already. From open it can go to: in_dialogue, closed',
    );
  });
});
