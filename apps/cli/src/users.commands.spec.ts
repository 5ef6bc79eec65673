import { parseRoles } from './users.commands';

describe('parseRoles', () => {
  it('accepts platform roles and clears them with none', () => {
    expect(parseRoles(['admin'])).toEqual(['admin']);
    expect(parseRoles(['admin', 'programme'])).toEqual(['admin', 'programme']);
    expect(parseRoles(['none'])).toEqual([]);
  });

  it('names an unknown role', () => {
    expect(() => parseRoles(['king'])).toThrow('Unknown role "king": use admin, programme or none');
  });
});
