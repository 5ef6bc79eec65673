import { anna } from '@videnbro/web-testing';
import { rightsFor } from './rights';

describe('rightsFor', () => {
  it('gives nothing to a signed-out visitor', () => {
    expect(Object.values(rightsFor(null)).some(Boolean)).toBe(false);
  });

  it('gives every signed-in user Search, Needs and Competencies only', () => {
    expect(rightsFor(anna)).toEqual({
      search: true,
      needs: true,
      competencies: true,
      cases: false,
      activities: false,
      statistics: false,
    });
  });

  it('adds Statistics for programme staff', () => {
    const rights = rightsFor({ ...anna, roles: ['programme'] });
    expect(rights.statistics).toBe(true);
    expect(rights.cases).toBe(false);
    expect(rights.activities).toBe(false);
  });

  it('gives admins every area', () => {
    expect(Object.values(rightsFor({ ...anna, roles: ['admin'] })).every(Boolean)).toBe(true);
  });
});
