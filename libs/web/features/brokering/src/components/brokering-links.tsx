import { Button, Group } from '@mantine/core';
import { isBroker, useMe, useMyOrganizations } from '@videnbro/web-core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BROKERING_ROUTES } from '../lib/paths';

/**
 * The ways into the broker workspace, for brokers and platform admins only: for another feature's
 * slot (the cases list), wired by `apps/web`.
 */
export function BrokeringLinks() {
  const { t } = useTranslation('brokering');
  const me = useMe();
  const organizations = useMyOrganizations({ enabled: Boolean(me.data) });
  const admin = me.data?.roles.includes('admin') ?? false;
  if (!admin && !isBroker(organizations.data)) return null;
  return (
    <Group component="nav" aria-label={t('nav.label')} gap="xs" data-testid="brokering-links">
      <Button component={Link} to={BROKERING_ROUTES.board} variant="light">
        {t('nav.board')}
      </Button>
      <Button component={Link} to={BROKERING_ROUTES.inbox} variant="light">
        {t('nav.inbox')}
      </Button>
    </Group>
  );
}
