import { lazy } from 'react';

export { postingsTranslations } from './i18n/translations';
export { ROUTES as POSTING_ROUTES } from './lib/posting-type';

/** The pages, each its own chunk, loaded when its route is first shown; `type` picks needs or competencies. */
export const MyPostingsPage = lazy(() => import('./pages/my-postings-page'));
export const PostingDetailPage = lazy(() => import('./pages/posting-detail-page'));
export const PostingEditorPage = lazy(() => import('./pages/posting-editor-page'));
