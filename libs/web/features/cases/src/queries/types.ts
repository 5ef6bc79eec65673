import type { components } from '@videnbro/api-client';

type Schemas = components['schemas'];
export type Case = Schemas['CaseDto'];
export type CaseListItem = Schemas['CaseListItemDto'];
export type CasePage = Schemas['CasePageDto'];
export type CaseEvent = Schemas['CaseEventDto'];
export type CaseConsent = Schemas['CaseConsentDto'];
export type ConsentLink = Schemas['ConsentLinkDto'];
export type UpdateCase = Schemas['UpdateCaseDto'];
export type ConsentAnswer = Schemas['ConsentAnswerDto'];
export type CreateCase = Schemas['CreateCaseDto'];
