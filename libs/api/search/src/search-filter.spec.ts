import { ANONYMOUS, anyOf, quote, visibilityFilter } from './search-filter';
import { conditionsFor, marked } from './search.service';

describe('visibilityFilter', () => {
  it('shows anonymous callers public documents only', () => {
    expect(visibilityFilter(ANONYMOUS)).toBe('(visibility = "public")');
  });

  it('adds registered documents, the own organisations and the broker clusters', () => {
    expect(
      visibilityFilter({
        signedIn: true,
        staff: false,
        memberOrganizationIds: ['o1'],
        brokerClusterIds: ['c1', 'c2'],
      }),
    ).toBe(
      '(visibility = "public" OR visibility = "registered"' +
        ' OR (visibility = "brokers" AND clusterIds IN ["c1", "c2"]) OR organizationId IN ["o1"])',
    );
  });

  it('leaves staff unfiltered: nothing unreadable is ever indexed for them', () => {
    expect(visibilityFilter({ ...ANONYMOUS, signedIn: true, staff: true })).toBeNull();
  });
});

describe('client filters', () => {
  it('quote every value, escaping quotes and backslashes', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(anyOf('tags', ['x" OR visibility = "brokers'])).toBe(
      'tags IN ["x\\" OR visibility = \\"brokers"]',
    );
  });

  it('are ANDed with the visibility filter, which always comes first', () => {
    const conditions = conditionsFor(ANONYMOUS, { types: ['need'], cluster: 'c1', tags: ['iot'] });
    expect(Object.values(conditions)).toEqual([
      '(visibility = "public")',
      'type IN ["need"]',
      'tags IN ["iot"]',
      'clusterIds = "c1"',
    ]);
  });
});

describe('marked', () => {
  it('escapes HTML and marks matches', () => {
    expect(marked('<b>\u0002robot\u0003</b> & "x"')).toBe(
      '&lt;b&gt;<mark>robot</mark>&lt;/b&gt; &amp; &quot;x&quot;',
    );
  });
});
