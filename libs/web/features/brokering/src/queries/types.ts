import type { components } from '@videnbro/api-client';

/** The API's shapes, from the generated client. */
type Schemas = components['schemas'];

export type CaseCard = Schemas['CaseListItemDto'];
export type CasePage = Schemas['CasePageDto'];
export type CaseDetail = Schemas['CaseDto'];
export type InboxPage = Schemas['InboxPageDto'];
export type InboxNeed = Schemas['InboxNeedDto'];
export type InboxMatch = Schemas['InboxMatchDto'];
