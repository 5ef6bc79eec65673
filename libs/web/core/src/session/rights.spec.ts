import { anna } from '@videnbro/web-testing';
import type { MyOrganization } from '../organizations/my-organizations';
import { rightsFor } from './rights';

const membership = (kind: string): MyOrganization =>
  ({ organization: { kind }, role: 'member', since: '2025-01-01T00:00:00.000Z' }) as MyOrganization;

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

  it('adds Statistics and Activities (to read) for programme staff', () => {
    const rights = rightsFor({ ...anna, roles: ['programme'] });
    expect(rights.statistics).toBe(true);
    expect(rights.activities).toBe(true);
    expect(rights.cases).toBe(false);
  });

  it('adds Cases for members of an organisation: the parties and the brokers', () => {
    expect(rightsFor(anna, [membership('sme')]).cases).toBe(true);
    expect(rightsFor(anna, [membership('university')]).cases).toBe(true);
    expect(rightsFor(anna, [membership('cluster')]).cases).toBe(true);
    expect(rightsFor(null, [membership('sme')]).cases).toBe(false);
  });

  it('adds Activities and Statistics for brokers, members of a cluster organisation', () => {
    const rights = rightsFor(anna, [membership('sme'), membership('cluster')]);
    expect(rights.activities).toBe(true);
    expect(rights.statistics).toBe(true);
    expect(rightsFor(anna, [membership('sme')]).statistics).toBe(false);
    expect(rightsFor(null, [membership('cluster')]).statistics).toBe(false);
  });

  it('gives admins every area', () => {
    expect(Object.values(rightsFor({ ...anna, roles: ['admin'] })).every(Boolean)).toBe(true);
  });
});
