import { Anchor, EmptyState, List, Stack, Text } from '@mantine/core';
import { useRights } from '@videnbro/web-core';
import { NotFound, PageTitle, type NavArea } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A way into an area's pages; `key` names its text (`dashboard:links.<area>.<key>`). */
export interface AreaLink {
  key: string;
  to: string;
}

export interface AreaPageProps {
  area: NavArea;
  /** The area's pages, given by the app, which knows every feature's routes; none: still to come. */
  links?: readonly AreaLink[];
}

/**
 * An area's own page (`/needs`, `/cases`, …): what it holds and the ways into it, or that it is still
 * to come. An area the user has no right to does not exist for them.
 */
export function AreaPage({ area, links = [] }: AreaPageProps) {
  const { t } = useTranslation('dashboard');
  const rights = useRights();
  if (!rights[area]) return <NotFound />;
  return (
    <Stack data-testid={`area-${area}`} gap="lg">
      <PageTitle>{t(`ui:areas.${area}`)}</PageTitle>
      {links.length > 0 ? (
        <>
          <Text maw="40rem">{t(`areas.${area}`)}</Text>
          <List spacing="xs" data-testid="area-links">
            {links.map(({ key, to }) => (
              <List.Item key={key}>
                <Anchor component={Link} to={to}>
                  {t(`links.${area}.${key}`)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </>
      ) : (
        <EmptyState>
          <EmptyState.Title order={2}>{t('comingSoon')}</EmptyState.Title>
          <EmptyState.Description>{t(`areas.${area}`)}</EmptyState.Description>
        </EmptyState>
      )}
    </Stack>
  );
}

export default AreaPage;
