import { Anchor, Group } from '@mantine/core';
import { ScreenOnly } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { STATISTICS_ROUTES, statisticsPath } from '../lib/paths';
import type { Period } from '../lib/period';
import { useStatisticsAccess } from '../queries/access';

export interface StatisticsNavProps {
  cluster: string;
  period: Period;
}

/** The statistics pages for the same cluster and period; All clusters for programme staff and admins. */
export function StatisticsNav({ cluster, period }: StatisticsNavProps) {
  const { t } = useTranslation('statistics');
  const { pathname } = useLocation();
  const { seesAll } = useStatisticsAccess();
  const query = { cluster, ...period };
  const pages: { key: keyof typeof STATISTICS_ROUTES; to: string }[] = [
    { key: 'dashboard', to: statisticsPath('dashboard', query) },
    ...(seesAll ? [{ key: 'programme' as const, to: statisticsPath('programme', { ...period }) }] : []),
    { key: 'evaluation', to: statisticsPath('evaluation', { cluster }) },
    { key: 'strengthAreas', to: statisticsPath('strengthAreas', { cluster }) },
    { key: 'report', to: statisticsPath('report', query) },
  ];
  return (
    <ScreenOnly>
      <Group component="nav" aria-label={t('title')} gap="md" mb="md">
        {pages.map(({ key, to }) => {
          const current = pathname === STATISTICS_ROUTES[key];
          return (
            <Anchor
              key={key}
              component={Link}
              to={to}
              size="sm"
              fw={current ? 700 : undefined}
              aria-current={current ? 'page' : undefined}
              data-testid={`statistics-nav-${key}`}
            >
              {t(`nav.${key}`)}
            </Anchor>
          );
        })}
      </Group>
    </ScreenOnly>
  );
}
