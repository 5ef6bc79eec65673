import type { components } from '@videnbro/api-client';

/** The API's shapes, from the generated client. */
type Schemas = components['schemas'];

export type ClusterRef = Schemas['ClusterRefDto'];
export type Activity = Schemas['ActivityDto'];
export type LinkedCase = Schemas['LinkedCaseDto'];
export type ActivityPage = Schemas['ActivityPageDto'];
export type ActivityInput = Schemas['CreateActivityDto'];
export type Participation = Schemas['ParticipationDto'];
export type CreateParticipation = Schemas['CreateParticipationDto'];
export type ImportLine = Schemas['ImportLineDto'];
export type ImportPreview = Schemas['ImportPreviewDto'];
export type ImportCommit = Schemas['ImportCommitRequestDto'];
export type ImportRow = Schemas['ImportRowDto'];
export type ImportResult = Schemas['ImportResultDto'];
export type FundingRecord = Schemas['FundingRecordDto'];
export type CreateFundingRecord = Schemas['CreateFundingRecordDto'];
export type UpdateFundingRecord = Schemas['UpdateFundingRecordDto'];
export type OrganizationParticipationPage = Schemas['OrganizationParticipationPageDto'];
