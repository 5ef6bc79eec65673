import { safeNextPath, signInPath, withNext } from './next-path';

describe('signInPath', () => {
  it('carries where the user was, path, query and hash, as next', () => {
    expect(signInPath({ pathname: '/needs', search: '?tab=mine', hash: '#top' })).toBe(
      '/sign-in?next=%2Fneeds%3Ftab%3Dmine%23top',
    );
  });

  it('leaves next out for the front page', () => {
    expect(signInPath({ pathname: '/' })).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/needs', '/needs'],
    ['/needs?tab=mine#top', '/needs?tab=mine#top'],
    ['/cases/42', '/cases/42'],
  ])('keeps the local path %p', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['needs'],
    ['/sign-in?next=%2Fneeds'],
    ['/register'],
  ])('falls back to the front page for %p', (raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });
});

describe('withNext', () => {
  it('passes next on between sign-in and registration', () => {
    expect(withNext('/register', '/needs')).toBe('/register?next=%2Fneeds');
    expect(withNext('/register', '/')).toBe('/register');
  });
});
