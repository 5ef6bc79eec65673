import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const postingsTranslations: LazyTranslationBundle = {
  namespace: 'postings',
  load: () => import('./i18n/translations').then((texts) => texts.postingsTranslations),
};
export { ROUTES as POSTING_ROUTES } from './lib/posting-type';

/** The pages, each its own chunk, loaded when its route is first shown; `type` picks needs or competencies. */
export const MyPostingsPage = lazy(() => import('./pages/my-postings-page'));
export const PostingDetailPage = lazy(() => import('./pages/posting-detail-page'));
export const PostingEditorPage = lazy(() => import('./pages/posting-editor-page'));
