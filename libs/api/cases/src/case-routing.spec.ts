import { fittingAreas, routeCase } from './case-routing';
import type { ClusterCandidate, RoutingInput } from './case-routing';

const food: ClusterCandidate = {
  id: 'c-food',
  name: 'Food & Bio Cluster',
  strengthAreas: ['Food and bio', 'Dairy'],
};
const energy: ClusterCandidate = {
  id: 'c-energy',
  name: 'Energy Cluster',
  strengthAreas: ['Offshore wind', 'Power-to-X'],
};
const digital: ClusterCandidate = {
  id: 'c-digital',
  name: 'DigitalLead',
  strengthAreas: ['Machine learning', 'IoT'],
};
const all = [food, energy, digital];
const dairyNeed = { text: 'Predicting illness in dairy cows from sensor data', tags: ['sensors', 'food'] };

const input = (extra: Partial<RoutingInput>): RoutingInput => ({
  companyClusters: [],
  institutionClusters: [],
  allClusters: all,
  subject: dairyNeed,
  ...extra,
});

describe('fittingAreas', () => {
  it('matches tags, whole areas in the text, and longer words of an area', () => {
    expect(fittingAreas(food, dairyNeed)).toEqual(['Food and bio', 'Dairy']);
    expect(fittingAreas(digital, { text: 'We want machine learning on cows', tags: [] })).toEqual([
      'Machine learning',
    ]);
    expect(fittingAreas(energy, { text: 'a wind farm', tags: [] })).toEqual(['Offshore wind']);
    expect(fittingAreas(food, { text: 'and or of', tags: ['and'] })).toEqual([]);
    expect(fittingAreas(food, null)).toEqual([]);
  });
});

describe('routeCase', () => {
  it('gives a broker-created case to the broker’s cluster, with the company’s clusters co-brokering', () => {
    expect(routeCase(input({ brokerClusterId: energy.id, companyClusters: [food] }))).toEqual({
      ownerClusterId: energy.id,
      clusterIds: [energy.id, food.id],
      routing: 'broker',
      routingTerms: [],
    });
  });

  it('sends a member company’s case to its clusters, owned by the best fit', () => {
    expect(routeCase(input({ companyClusters: [energy, food] }))).toEqual({
      ownerClusterId: food.id,
      clusterIds: [food.id, energy.id],
      routing: 'company_membership',
      routingTerms: ['Food and bio', 'Dairy'],
    });
  });

  it('sends other cases to the cluster whose strength areas fit best, saying which', () => {
    expect(routeCase(input({ institutionClusters: [energy] }))).toMatchObject({
      ownerClusterId: food.id,
      clusterIds: [food.id],
      routing: 'strength_areas',
    });
  });

  it('falls back to the institution’s clusters, and to nothing, when no strength area fits', () => {
    const nothingFits = { text: 'Ceramic glazes', tags: [] };
    expect(routeCase(input({ subject: nothingFits, institutionClusters: [energy] }))).toMatchObject({
      ownerClusterId: energy.id,
      routing: 'institution_membership',
    });
    expect(routeCase(input({ subject: nothingFits }))).toBeNull();
    expect(routeCase(input({ subject: null }))).toBeNull();
  });

  it('breaks ties by name, so the same input gives the same answer', () => {
    const a = { ...energy, id: 'x', name: 'A cluster' };
    const b = { ...energy, id: 'y', name: 'B cluster' };
    expect(routeCase(input({ companyClusters: [b, a], subject: null }))?.ownerClusterId).toBe('x');
  });
});
