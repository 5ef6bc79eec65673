// @videnbro/domain: the platform's shared domain vocabulary, pure TypeScript for both the API and the web app.

export type { LabelledEntry, Locale, LocalizedText } from './labels';
export { isLocale, isOneOf, label, LOCALES } from './labels';

export type { CvrCheck, CvrProblem } from './cvr';
export { checkCvr, CVR_PROBLEM_IDS, CVR_PROBLEM_MESSAGES, cvrProblem, isValidCvr, normaliseCvr } from './cvr';

export type { Municipality, MunicipalityId, Region, RegionId } from './geography';
export {
  isMunicipalityId,
  isRegionId,
  MUNICIPALITIES,
  MUNICIPALITY_IDS,
  municipalitiesInRegion,
  municipalityById,
  municipalityByCode,
  municipalityByName,
  regionById,
  regionByCode,
  REGION_IDS,
  regionOfMunicipality,
  REGIONS,
} from './geography';

export type { CodeSystem, IndustryCode, NaceDivision, NaceSection, NaceSectionCode } from './nace';
export {
  CODE_SYSTEM,
  industryCode,
  isValidNaceCode,
  NACE_DIVISIONS,
  NACE_SECTION_CODES,
  NACE_SECTIONS,
  naceDivision,
  naceDivisionsInSection,
  naceSection,
  normaliseNaceCode,
} from './nace';

export type {
  CompanyKind,
  EmployeeBand,
  EmployeeBandEntry,
  KnowledgeInstitutionKind,
  OrganizationKind,
} from './organization-kinds';
export {
  COMPANY_KINDS,
  EMPLOYEE_BAND_IDS,
  EMPLOYEE_BANDS,
  employeeBandOf,
  isCompany,
  isEmployeeBand,
  isKnowledgeInstitution,
  isOrganizationKind,
  isSme,
  KNOWLEDGE_INSTITUTION_KINDS,
  ORGANIZATION_KIND_IDS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
} from './organization-kinds';

export type {
  BudgetBand,
  BudgetBandEntry,
  CollaborationFormat,
  Language,
  PostingStatus,
  Timeframe,
  Visibility,
  VisibilityEntry,
} from './postings';
export {
  BUDGET_BAND_IDS,
  BUDGET_BANDS,
  canTransition,
  COLLABORATION_FORMAT_IDS,
  COLLABORATION_FORMAT_LABELS,
  COLLABORATION_FORMATS,
  DESCRIPTION_LENGTH,
  isBudgetBand,
  isCollaborationFormat,
  isLanguage,
  isPostingStatus,
  isTimeframe,
  isVisibility,
  LANGUAGE_IDS,
  LANGUAGE_LABELS,
  LANGUAGES,
  normaliseTags,
  POSTING_STATUS_IDS,
  POSTING_STATUS_LABELS,
  POSTING_STATUSES,
  STATUS_TRANSITIONS,
  TAG_LIMITS,
  tagsProblem,
  TIMEFRAME_IDS,
  TIMEFRAME_LABELS,
  TIMEFRAMES,
  TITLE_LENGTH,
  VISIBILITIES,
  VISIBILITY_IDS,
} from './postings';

export type {
  ActivityFormat,
  ActivityFundingSource,
  ActivityType,
  FundingSource,
  FundingStatus,
  ParticipationRole,
} from './activities';
export {
  ACTIVITY_DESCRIPTION_MAX_LENGTH,
  ACTIVITY_FORMAT_IDS,
  ACTIVITY_FORMAT_LABELS,
  ACTIVITY_FORMATS,
  ACTIVITY_FUNDING_SOURCE_IDS,
  ACTIVITY_FUNDING_SOURCE_LABELS,
  ACTIVITY_FUNDING_SOURCES,
  ACTIVITY_PLACE_MAX_LENGTH,
  ACTIVITY_TITLE_LENGTH,
  ACTIVITY_TYPE_IDS,
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  FUNDING_NOTE_MAX_LENGTH,
  FUNDING_SOURCE_IDS,
  FUNDING_SOURCE_LABELS,
  FUNDING_SOURCES,
  FUNDING_STATUS_IDS,
  FUNDING_STATUS_LABELS,
  FUNDING_STATUSES,
  PARTICIPATION_ROLE_IDS,
  PARTICIPATION_ROLE_LABELS,
  PARTICIPATION_ROLES,
} from './activities';

export type {
  CaseOrigin,
  CaseParty,
  CaseRouting,
  CaseStage,
  CollaborationType,
  ConsentStatus,
} from './cases';
export {
  CASE_NEXT_ACTION_MAX_LENGTH,
  CASE_ORIGIN_IDS,
  CASE_PARTY_IDS,
  CASE_ROUTING_IDS,
  CASE_ROUTING_LABELS,
  CASE_STAGE_IDS,
  CASE_STAGE_LABELS,
  CASE_STAGES,
  CASE_TEXT_MAX_LENGTH,
  CASE_TRANSITIONS,
  canMoveCase,
  CLOSED_CASE_STAGES,
  COLLABORATION_TYPE_IDS,
  COLLABORATION_TYPE_LABELS,
  COLLABORATION_TYPES,
  CONSENT_STATUS_IDS,
  CONSENTED_CASE_STAGES,
  isCaseStage,
  isOpenCaseStage,
} from './cases';

export type { NotificationDelivery, NotificationKind } from './notifications';
export {
  DEFAULT_NOTIFICATION_DELIVERY,
  isNotificationKind,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_DELIVERY_IDS,
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KIND_IDS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
} from './notifications';
