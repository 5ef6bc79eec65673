import { normaliseNaceCode } from '@videnbro/domain';
import { generateCatalogue } from './catalogue/generate';
import { DEMO_STRENGTH_INDUSTRIES, demoStrengthIndustries } from './strength-industries';

describe('the demo strength-area mapping', () => {
  const { clusters } = generateCatalogue();

  it('maps every strength area of every demo cluster to canonical DB07 codes', () => {
    for (const cluster of clusters) {
      const rows = demoStrengthIndustries(cluster);
      expect(new Set(rows.map((row) => row.strengthArea))).toEqual(new Set(cluster.strengthAreas));
      for (const { industryCode } of rows) expect(normaliseNaceCode(industryCode)).toBe(industryCode);
    }
    expect(clusters.reduce((total, cluster) => total + demoStrengthIndustries(cluster).length, 0)).toBe(103);
  });

  it('names no strength area a cluster does not have', () => {
    for (const cluster of clusters) {
      const areas = Object.keys(DEMO_STRENGTH_INDUSTRIES[cluster.domains[0]]);
      expect(cluster.strengthAreas).toEqual(expect.arrayContaining(areas));
    }
  });
});
