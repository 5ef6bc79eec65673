import type { PlatformRole } from '@videnbro/access';

/** Shared by every demo account. Demo data is for trying the platform locally, never for production. */
export const DEMO_PASSWORD = 'videnbro-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  locale: 'da' | 'en';
  roles: PlatformRole[];
  /** What the account shows, for the list printed at start. */
  description: string;
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
  { email: 'sme@demo.videnbro.dk', name: 'Sofie SMV', locale: 'da', roles: [], description: 'SME member' },
  {
    email: 'institution@demo.videnbro.dk',
    name: 'Ian Institution',
    locale: 'en',
    roles: [],
    description: 'knowledge-institution member',
  },
];
