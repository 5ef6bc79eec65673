import { LoadingState } from '@videnbro/web-ui';
import { lazy, Suspense } from 'react';
import type { MatchesSectionProps } from './matches-section';

const MatchesSection = lazy(() => import('./matches-section'));

/**
 * The matches of a need, competence or organisation, for the app to place on their pages (feature
 * libraries do not import each other). Its own chunk, loaded when a page first shows it.
 */
export function Matches(props: MatchesSectionProps) {
  return (
    <Suspense fallback={<LoadingState />}>
      <MatchesSection {...props} />
    </Suspense>
  );
}
