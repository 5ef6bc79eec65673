import {
  BUDGET_BAND_IDS,
  BUDGET_BANDS,
  canTransition,
  COLLABORATION_FORMAT_IDS,
  COLLABORATION_FORMATS,
  DESCRIPTION_LENGTH,
  isCollaborationFormat,
  isPostingStatus,
  isVisibility,
  LANGUAGES,
  normaliseTags,
  POSTING_STATUS_IDS,
  POSTING_STATUSES,
  type PostingStatus,
  STATUS_TRANSITIONS,
  TAG_LIMITS,
  tagsProblem,
  TIMEFRAME_IDS,
  TIMEFRAMES,
  TITLE_LENGTH,
  VISIBILITIES,
} from './index';

describe('value lists', () => {
  it('lists the collaboration formats in snake_case with labels', () => {
    expect(COLLABORATION_FORMAT_IDS).toEqual([
      'student_project',
      'internship',
      'contract_research',
      'joint_rd_application',
      'innovation_voucher',
      'eu_project',
      'test_demonstration',
      'continuing_education',
      'consultancy',
    ]);
    for (const format of COLLABORATION_FORMATS) {
      expect(format.id).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(format.label.da).not.toBe('');
      expect(format.label.en).not.toBe('');
    }
    expect(isCollaborationFormat('eu_project')).toBe(true);
    expect(isCollaborationFormat('eu-project')).toBe(false);
  });

  it('explains every visibility in both languages', () => {
    expect(VISIBILITIES.map((v) => v.id)).toEqual(['public', 'registered', 'brokers']);
    for (const v of VISIBILITIES) {
      expect(v.explanation.da).toMatch(/\.$/);
      expect(v.explanation.en).toMatch(/\.$/);
    }
    expect(isVisibility('brokers')).toBe(true);
    expect(isVisibility('private')).toBe(false);
  });

  it('labels statuses, budgets, timeframes and languages', () => {
    expect(POSTING_STATUSES.map((s) => s.id)).toEqual(['draft', 'open', 'in_dialogue', 'matched', 'closed']);
    expect(BUDGET_BANDS.map((b) => b.id)).toEqual([...BUDGET_BAND_IDS]);
    expect(BUDGET_BANDS.find((b) => b.id === 'under_100k')?.label).toEqual({
      da: 'Under 100.000 kr.',
      en: 'Under DKK 100,000',
    });
    expect(TIMEFRAMES.map((t) => t.id)).toEqual([...TIMEFRAME_IDS]);
    expect(TIMEFRAME_IDS).toEqual([
      'asap',
      'within_3_months',
      'within_6_months',
      'within_12_months',
      'flexible',
    ]);
    expect(LANGUAGES.map((l) => [l.id, l.label.da, l.label.en])).toEqual([
      ['da', 'Dansk', 'Danish'],
      ['en', 'Engelsk', 'English'],
      ['de', 'Tysk', 'German'],
      ['sv', 'Svensk', 'Swedish'],
      ['no', 'Norsk', 'Norwegian'],
    ]);
  });

  it('gives the budget bands contiguous bounds', () => {
    const known = BUDGET_BANDS.filter((b) => b.id !== 'unknown');
    for (let i = 1; i < known.length; i++) expect(known[i].minDkk).toBe(known[i - 1].maxDkk);
    expect(known[known.length - 1].maxDkk).toBeNull();
  });

  it('states the text limits', () => {
    expect(TITLE_LENGTH).toEqual({ min: 5, max: 200 });
    expect(DESCRIPTION_LENGTH).toEqual({ min: 20, max: 10_000 });
    expect(TAG_LIMITS).toEqual({ maxTags: 20, maxLength: 50 });
  });
});

describe('status transitions', () => {
  const allowed: [PostingStatus, PostingStatus][] = [
    ['draft', 'open'],
    ['draft', 'closed'],
    ['open', 'in_dialogue'],
    ['open', 'closed'],
    ['in_dialogue', 'open'],
    ['in_dialogue', 'matched'],
    ['in_dialogue', 'closed'],
    ['matched', 'closed'],
    ['closed', 'open'],
  ];

  it('allows exactly the listed transitions', () => {
    const key = ([from, to]: [string, string]) => `${from}->${to}`;
    const expected = new Set(allowed.map(key));
    for (const from of POSTING_STATUS_IDS) {
      for (const to of POSTING_STATUS_IDS) {
        expect([key([from, to]), canTransition(from, to)]).toEqual([
          key([from, to]),
          expected.has(key([from, to])),
        ]);
      }
    }
    const tableSize = Object.values(STATUS_TRANSITIONS).reduce((n, targets) => n + targets.length, 0);
    expect(tableSize).toBe(allowed.length);
  });

  it('never goes back to draft and never stays put', () => {
    for (const from of POSTING_STATUS_IDS) {
      expect(canTransition(from, 'draft')).toBe(false);
      expect(canTransition(from, from)).toBe(false);
    }
  });

  it('rejects unknown statuses', () => {
    expect(canTransition('archived' as PostingStatus, 'open')).toBe(false);
    expect(canTransition('open', 'archived' as PostingStatus)).toBe(false);
    expect(isPostingStatus('in_dialogue')).toBe(true);
    expect(isPostingStatus('toString')).toBe(false);
  });
});

describe('tags', () => {
  it('trims, lower-cases, collapses whitespace, drops empty tags and dedupes in first order', () => {
    expect(
      normaliseTags([
        '  Machine   Learning ',
        'IoT',
        'machine learning',
        '',
        '   ',
        'iot',
        'Vand\tog\nspildevand',
        'ØKOLOGI',
      ]),
    ).toEqual(['machine learning', 'iot', 'vand og spildevand', 'økologi']);
  });

  it('treats composed and decomposed Danish letters as the same tag', () => {
    expect(normaliseTags(['Å', 'A\u030a'])).toEqual(['å']);
  });

  it('returns a new array and leaves the input alone', () => {
    const input = ['B', 'a'];
    expect(normaliseTags(input)).toEqual(['b', 'a']);
    expect(input).toEqual(['B', 'a']);
    expect(normaliseTags([])).toEqual([]);
  });

  it('checks the limits', () => {
    expect(tagsProblem(['ok'])).toBeNull();
    expect(tagsProblem(Array.from({ length: 21 }, (_, i) => `t${i}`))).toBe('At most 20 tags are allowed');
    expect(tagsProblem(Array.from({ length: 20 }, (_, i) => `t${i}`))).toBeNull();
    expect(tagsProblem(['x'.repeat(51)])).toMatch(/^A tag can be at most 50 characters/);
    expect(tagsProblem(['x'.repeat(50)])).toBeNull();
  });
});
