import type { Caller } from '@videnbro/access';
import { PostingScope } from './posting-visibility';

const caller = (roles: Caller['roles'] = []): Caller => ({ userId: 'u1', sessionId: 's1', roles });

describe('PostingScope.readCondition', () => {
  it('lets anonymous callers read public postings that are not drafts', () => {
    expect(PostingScope.anonymous().readCondition('p')).toEqual({
      sql: `(p.status <> 'draft' and (p.visibility = 'public'))`,
      params: {},
    });
  });

  it('adds registered postings for a signed-in caller', () => {
    expect(new PostingScope(caller(), [], []).readCondition('p').sql).toBe(
      `(p.status <> 'draft' and (p.visibility = 'public' or p.visibility = 'registered'))`,
    );
  });

  it('adds every confidential posting for programme staff and platform admins, but no drafts', () => {
    for (const role of ['programme', 'admin'] as const) {
      expect(new PostingScope(caller([role]), [], ['c1']).readCondition('p')).toEqual({
        sql: `(p.status <> 'draft' and (p.visibility = 'public' or p.visibility = 'registered' or p.visibility = 'brokers'))`,
        params: {},
      });
    }
  });

  it("adds a broker's confidential postings of their clusters' member organisations", () => {
    const { sql, params } = new PostingScope(caller(), [], ['c1', 'c2']).readCondition('p');
    expect(sql).toContain(
      `(p.visibility = 'brokers' and exists (select 1 from cluster_memberships reader_cm where reader_cm.member_organization_id = p.organization_id and reader_cm.cluster_id = any(:readerClusterIds)))`,
    );
    expect(params).toEqual({ readerClusterIds: ['c1', 'c2'] });
  });

  it("lets members read all their organisations' postings, drafts included", () => {
    const scope = new PostingScope(caller(), [{ organizationId: 'o1', manages: false }], []);
    const { sql, params } = scope.readCondition('n');
    expect(sql).toMatch(/^\(n\.organization_id = any\(:readerOrganizationIds\) or \(n\.status <> 'draft'/);
    expect(params).toEqual({ readerOrganizationIds: ['o1'] });
    expect(scope.isMemberOf('o1')).toBe(true);
    expect(scope.isMemberOf('o2')).toBe(false);
  });
});

describe('PostingScope.mayEdit', () => {
  const posting = { organizationId: 'o1', authorUserId: 'author' };
  const member = (userId: string, manages: boolean, roles: Caller['roles'] = []) =>
    new PostingScope({ userId, sessionId: 's', roles }, [{ organizationId: 'o1', manages }], []);

  it("lets the author, the organisation's owners and admins, and platform admins edit", () => {
    expect(member('author', false).mayEdit(posting)).toBe(true);
    expect(member('manager', true).mayEdit(posting)).toBe(true);
    expect(
      new PostingScope({ userId: 'staff', sessionId: 's', roles: ['admin'] }, [], []).mayEdit(posting),
    ).toBe(true);
  });

  it('refuses other members, an author who left, programme staff and anonymous callers', () => {
    expect(member('colleague', false).mayEdit(posting)).toBe(false);
    expect(new PostingScope({ userId: 'author', sessionId: 's', roles: [] }, [], []).mayEdit(posting)).toBe(
      false,
    );
    expect(
      new PostingScope({ userId: 'p', sessionId: 's', roles: ['programme'] }, [], []).mayEdit(posting),
    ).toBe(false);
    expect(PostingScope.anonymous().mayEdit(posting)).toBe(false);
  });
});
