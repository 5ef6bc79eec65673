import { ACTIVITY_TYPE_IDS } from '@videnbro/domain';
import { DEMO_ACTIVITY_YEARS, generateClusterActivities } from './activities-demo';
import { generateCatalogue } from './catalogue/generate';

const catalogue = generateCatalogue();
const { activities, fundingRecords } = generateClusterActivities(catalogue);
const organizations = new Set(
  [...catalogue.clusters, ...catalogue.institutions, ...catalogue.smes].map((org) => org.externalId),
);

describe('the demo activities', () => {
  it('are the same on every run', () => {
    expect(generateClusterActivities(catalogue)).toEqual({ activities, fundingRecords });
  });

  it('give every cluster activities in every year, of every type', () => {
    for (const cluster of catalogue.clusters) {
      const own = activities.filter((a) => a.clusterExternalIds[0] === cluster.externalId);
      expect(new Set(own.map((a) => Number(a.startsOn.slice(0, 4))))).toEqual(new Set(DEMO_ACTIVITY_YEARS));
    }
    expect(new Set(activities.map((a) => a.type))).toEqual(new Set(ACTIVITY_TYPE_IDS));
  });

  it('pass the rules the activities feature checks', () => {
    for (const activity of activities) {
      expect(activity.endsOn >= activity.startsOn).toBe(true);
      expect(new Set(activity.clusterExternalIds).size).toBe(activity.clusterExternalIds.length);
      const ids = activity.participations.map((p) => p.organizationExternalId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => organizations.has(id))).toBe(true);
      expect(activity.participations.every((p) => p.persons >= 1)).toBe(true);
      expect(activity.title.length).toBeLessThanOrEqual(200);
    }
    expect(fundingRecords.every((r) => Number.isInteger(r.amountDkk) && r.amountDkk > 0)).toBe(true);
  });

  it("secure about twice the base grant from outside, as the programme's published figures do", () => {
    const sum = (test: (r: (typeof fundingRecords)[number]) => boolean) =>
      fundingRecords.filter(test).reduce((total, r) => total + r.amountDkk, 0);
    const base = sum((r) => r.source === 'innovation_power' && r.status === 'spent');
    const external = sum(
      (r) => r.status === 'secured' && r.source !== 'innovation_power' && r.source !== 'membership_fees',
    );
    expect(external / base).toBeGreaterThan(1.5);
    expect(external / base).toBeLessThan(3.5);
  });
});
