import type { PlatformRole } from '@videnbro/access';

/** Shared by every demo account. Demo data is for trying the platform locally, never for production. */
export const DEMO_PASSWORD = 'videnbro-demo-2026';

/** The demo organisation an account belongs to (none for the platform roles): see DemoCatalogue.homes. */
export type DemoMembership = 'sme' | 'institution' | 'cluster';

export interface DemoUser {
  email: string;
  name: string;
  locale: 'da' | 'en';
  roles: PlatformRole[];
  /** What the account shows, for the list printed at start. */
  description: string;
  membership?: { of: DemoMembership; role: 'owner' | 'member' };
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@demo.videnbro.dk',
    name: 'Ada Admin',
    locale: 'da',
    roles: ['admin'],
    description: 'platform admin',
  },
  {
    email: 'programme@demo.videnbro.dk',
    name: 'Per Programme',
    locale: 'da',
    roles: ['programme'],
    description: 'programme staff (Danish Business Authority)',
  },
  {
    email: 'sme@demo.videnbro.dk',
    name: 'Sofie SMV',
    locale: 'da',
    roles: [],
    description: 'SME staff: owner of a demo company in Energy Cluster Denmark',
    membership: { of: 'sme', role: 'owner' },
  },
  {
    email: 'institution@demo.videnbro.dk',
    name: 'Ian Institution',
    locale: 'en',
    roles: [],
    description: 'knowledge-institution staff: member of Københavns Universitet',
    membership: { of: 'institution', role: 'member' },
  },
  {
    email: 'broker@demo.videnbro.dk',
    name: 'Bo Broker',
    locale: 'da',
    roles: [],
    description: 'cluster broker: member of Energy Cluster Denmark',
    membership: { of: 'cluster', role: 'member' },
  },
];
