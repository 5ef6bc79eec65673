import { searchHref } from './search-address';
import { hasFilters, parseSearchState, searchQueryOf, searchStateParams } from './search-state';

const cluster = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01';

describe('search state in the URL', () => {
  it('reads every part and writes it back the same way', () => {
    const query = `q=robot+sv%C3%A6isning&type=need&kind=sme&kind=university&region=syddanmark&formats=contract_research&tags=robotics&tags=welding&cluster=${cluster}&page=3`;
    const state = parseSearchState(new URLSearchParams(query));
    expect(state).toEqual({
      q: 'robot svæisning',
      type: 'need',
      kind: ['sme', 'university'],
      region: ['syddanmark'],
      formats: ['contract_research'],
      tags: ['robotics', 'welding'],
      cluster,
      page: 3,
    });
    expect(searchStateParams(state).toString()).toBe(query);
    expect(hasFilters(state)).toBe(true);
  });

  it('reads comma-separated values too', () => {
    expect(parseSearchState(new URLSearchParams('region=syddanmark,%20hovedstaden')).region).toEqual([
      'syddanmark',
      'hovedstaden',
    ]);
  });

  it('drops what the API would refuse, so an edited link still shows results', () => {
    const state = parseSearchState(
      new URLSearchParams(
        'type=secret&kind=spy,sme&region=mars&formats=x&cluster=1%20OR%201&page=-2&tags=,,a,a',
      ),
    );
    expect(state).toEqual({
      q: '',
      type: null,
      kind: ['sme'],
      region: [],
      formats: [],
      tags: ['a'],
      cluster: null,
      page: 1,
    });
    expect(parseSearchState(new URLSearchParams('page=501')).page).toBe(1);
    expect(parseSearchState(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('leaves out the defaults, so the plain page has a plain URL', () => {
    const state = parseSearchState(new URLSearchParams('q=%20%20&page=1'));
    expect(searchStateParams(state).toString()).toBe('');
    expect(hasFilters(state)).toBe(false);
  });
});

describe('a search to save, and a saved one to open', () => {
  it('saves the words and filters as the API takes them, and opens them at the first page', () => {
    const state = parseSearchState(
      new URLSearchParams(`q=+robot+&type=need&region=syddanmark&region=hovedstaden&tags=welding&page=4`),
    );
    const query = searchQueryOf(state);
    expect(query).toEqual({
      q: 'robot',
      types: 'need',
      kind: undefined,
      region: 'syddanmark,hovedstaden',
      formats: undefined,
      tags: 'welding',
      cluster: undefined,
    });
    expect(
      searchHref({ q: 'robot', types: ['need'], region: ['syddanmark', 'hovedstaden'], tags: ['welding'] }),
    ).toBe('/search?q=robot&type=need&region=syddanmark&region=hovedstaden&tags=welding');
  });

  it('opens a search of several types with all types, and an empty one as the bare page', () => {
    expect(searchHref({ types: ['need', 'competence'], cluster })).toBe(`/search?cluster=${cluster}`);
    expect(searchHref({})).toBe('/search');
  });
});
