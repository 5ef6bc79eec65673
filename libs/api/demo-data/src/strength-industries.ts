import { ClusterStrengthIndustry } from '@videnbro/statistics';
import type { DataSource } from 'typeorm';
import { recordAudit } from './bulk';
import type { DemoOrganization } from './catalogue/generate';

/**
 * The demo clusters' strength areas mapped to DB07 divisions, by the cluster's field: what an admin
 * would enter, so that "share of companies outside the strength areas" has something to count. The
 * demo companies of a field carry some of the field's divisions (vocabulary.ts), and a few that no area
 * covers, so some fall outside.
 */
export const DEMO_STRENGTH_INDUSTRIES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  {
    energy: {
      Vindenergi: ['28', '33'], // engines and turbines; repair and installation
      'Power-to-X': ['20', '35'], // industrial gases; gas and electricity production
      Energieffektivitet: ['43', '71'], // installation work; engineering
      Energilagring: ['27'], // batteries and electrical equipment
      'Smart energi': ['35', '62'],
    },
    water: {
      Vandteknologi: ['36', '37'], // water supply; sewerage
      'Cirkulær økonomi': ['38', '39'], // waste; remediation
      'Luft og støj': ['71', '74'],
      Klimatilpasning: ['42', '71'], // civil engineering
    },
    maritime: {
      'Maritim teknologi': ['30', '33'], // ships; repair
      Logistik: ['49', '52'], // land transport; warehousing
      'Grøn skibsfart': ['50'], // water transport
      Havne: ['52'],
    },
    construction: {
      'Bæredygtigt byggeri': ['41'],
      'Digitalisering af byggeriet': ['62', '71'],
      Renovering: ['43'],
      Byggematerialer: ['16', '23'], // wood; non-metallic minerals
    },
    digital: {
      'Kunstig intelligens': ['62', '72'],
      Cybersikkerhed: ['62', '80'],
      Software: ['58', '62'],
      Kvanteteknologi: ['26', '72'],
    },
    life: {
      'Medicinsk udstyr': ['26', '32'],
      Biotek: ['21', '72'],
      Velfærdsteknologi: ['32', '86'],
      Sundhedsdata: ['63', '86'],
    },
    food: {
      Fødevareproduktion: ['10', '11'],
      'Alternative proteiner': ['10'],
      Bioressourcer: ['01', '02'],
      Landbrug: ['01'],
    },
    production: {
      'Avanceret produktion': ['25', '28'],
      'Industri 4.0': ['28', '33'],
      'Supply chain': ['46', '52'],
      'Bæredygtig produktion': ['22', '25'],
    },
    robotics: {
      'Kollaborative robotter': ['28'],
      Droner: ['26', '30'],
      Automation: ['28', '33'],
      'Mobile robotter': ['28', '62'],
    },
    design: {
      'Møbler og interiør': ['31'],
      'Mode og tekstil': ['13', '14'],
      'Cirkulært design': ['74'],
      Designprocesser: ['74'],
    },
    sound: {
      Hørelse: ['26', '32'],
      Akustik: ['26', '71'],
      Audioteknologi: ['26', '59'],
      'Lyd i byer og bygninger': ['43', '71'],
    },
    finance: {
      'Finansiel teknologi': ['62', '64'],
      Betalinger: ['64', '66'],
      RegTech: ['62', '69'],
      'Bæredygtig finans': ['64', '66'],
    },
    tourism: {
      'Kyst- og naturturisme': ['55', '93'],
      Erhvervsturisme: ['79', '82'],
      Oplevelsesøkonomi: ['90', '93'],
      'Bæredygtig turisme': ['55', '79'],
    },
    materials: {
      Kompositter: ['22', '23'],
      'Polymerer og plast': ['20', '22'],
      'Overflader og belægninger': ['20', '25'],
      'Biobaserede materialer': ['16', '20'],
    },
  };

/** The mapping rows of one demo cluster, from its field. */
export function demoStrengthIndustries(cluster: Pick<DemoOrganization, 'domains' | 'strengthAreas'>) {
  const byArea = DEMO_STRENGTH_INDUSTRIES[cluster.domains[0]] ?? {};
  return cluster.strengthAreas.flatMap((strengthArea) =>
    (byArea[strengthArea] ?? []).map((industryCode) => ({ strengthArea, industryCode })),
  );
}

/**
 * Gives each demo cluster without any mapping row the demo mapping, with the audit entry the API
 * writes. A cluster with a mapping keeps it as it is, so a second run adds nothing.
 */
export async function seedStrengthIndustries(
  dataSource: DataSource,
  clusters: readonly DemoOrganization[],
  idOf: (externalId: string) => string,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const mapped = new Set(
      (
        await manager.query<{ cluster_id: string }[]>(
          'select distinct cluster_id from cluster_strength_industries where cluster_id = any($1)',
          [clusters.map((cluster) => idOf(cluster.externalId))],
        )
      ).map((row) => row.cluster_id),
    );
    let created = 0;
    for (const cluster of clusters) {
      const clusterId = idOf(cluster.externalId);
      const rows = demoStrengthIndustries(cluster);
      if (mapped.has(clusterId) || !rows.length) continue;
      await manager.getRepository(ClusterStrengthIndustry).insert(rows.map((row) => ({ clusterId, ...row })));
      await recordAudit(manager, [
        {
          actorUserId: null,
          entityType: 'organization',
          entityId: clusterId,
          action: 'set_strength_industries',
          changes: {
            strengthIndustries: {
              from: [],
              to: rows.map((row) => `${row.strengthArea}: ${row.industryCode}`),
            },
          },
        },
      ]);
      created += rows.length;
    }
    return created;
  });
}
