import { COMPANY_KINDS, KNOWLEDGE_INSTITUTION_KINDS, type OrganizationKind } from '@videnbro/domain';

/** The two kinds of posting: needs (companies ask) and competencies (knowledge institutions offer). */
export type PostingType = 'need' | 'competence';

interface PostingTypeInfo {
  /** The first segment of its routes and of its API paths. */
  segment: 'needs' | 'competencies';
  /** The organisation kinds that publish it (the API refuses others). */
  publisherKinds: readonly OrganizationKind[];
}

export const POSTING_TYPES: Readonly<Record<PostingType, PostingTypeInfo>> = {
  need: { segment: 'needs', publisherKinds: COMPANY_KINDS },
  competence: { segment: 'competencies', publisherKinds: KNOWLEDGE_INSTITUTION_KINDS },
};

export function canPublish(type: PostingType, kind: string): boolean {
  return (POSTING_TYPES[type].publisherKinds as readonly string[]).includes(kind);
}

/** The routes, as `apps/web` wires them. */
export const postingPaths = (type: PostingType) => {
  const base = `/${POSTING_TYPES[type].segment}`;
  return {
    mine: `${base}/mine`,
    create: `${base}/new`,
    detail: (id: string) => `${base}/${id}`,
    edit: (id: string) => `${base}/${id}/edit`,
  };
};

export const ROUTES = {
  myNeeds: '/needs/mine',
  newNeed: '/needs/new',
  need: '/needs/:id',
  editNeed: '/needs/:id/edit',
  myCompetencies: '/competencies/mine',
  newCompetence: '/competencies/new',
  competence: '/competencies/:id',
  editCompetence: '/competencies/:id/edit',
} as const;
