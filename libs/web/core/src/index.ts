export type { ApiClient, ApiError, ApiUser } from '@videnbro/api-client';
export { ApiProvider, createHttpClient, useApi } from './http/api-client';
export type { HttpClientOptions } from './http/api-client';
export { ApiRequestError, describeApiError, request } from './http/api-error';
export type { DescribedError } from './http/api-error';
export { createI18n } from './i18n/create-i18n';
export type { CreateI18nOptions } from './i18n/create-i18n';
export {
  detectLanguage,
  isLanguage,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  rememberLanguage,
  storedLanguage,
} from './i18n/languages';
export type { Language } from './i18n/languages';
export type { LazyTranslationBundle, Messages, TranslationBundle } from './i18n/translation-bundle';
export { useAccountLanguage, useLanguage } from './i18n/use-language';
export { CoreProviders } from './providers';
export type { CoreProvidersProps } from './providers';
export { isManagerRole, myOrganizationsKey, useMyOrganizations } from './organizations/my-organizations';
export type { ApiOrganization, MyOrganization, OrganizationRole } from './organizations/my-organizations';
export { useAllClusters, useVisibleClusters } from './organizations/visible-clusters';
export type { ClusterChoice } from './organizations/visible-clusters';
export { createQueryClient, shouldRetry } from './query-client';
export { authKeys } from './session/auth-keys';
export { AREAS, isBroker, rightsFor, useRights } from './session/rights';
export type { Area, Rights } from './session/rights';
export {
  createUnauthorizedHandler,
  useIsSigningOut,
  useMe,
  useRegister,
  useSignIn,
  useSignOut,
  useUpdateMe,
} from './session/session';
export type { RegisterInput, SignInInput, UpdateMeInput } from './session/session';
