import { lazy, Suspense } from 'react';
import type { CaseRequestProps } from './case-request';

const CaseRequestButton = lazy(() => import('./case-request'));
const MyCasesSection = lazy(() => import('./my-cases'));

/**
 * For other features' slots, wired by `apps/web` (feature libraries do not import each other): each
 * in its own chunk and its own Suspense, so the host page neither waits for it nor blinks.
 */
export function CaseRequest(props: CaseRequestProps) {
  return (
    <Suspense fallback={null}>
      <CaseRequestButton {...props} />
    </Suspense>
  );
}

export function MyCases() {
  return (
    <Suspense fallback={null}>
      <MyCasesSection />
    </Suspense>
  );
}
