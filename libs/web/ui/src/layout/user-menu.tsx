import { Avatar, Box, Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ACCOUNT_PATH, MY_ORGANIZATIONS_PATH } from './areas';

export interface UserMenuProps {
  user: { name: string; email: string };
  onSignOut: () => void;
  signingOut?: boolean;
}

export function UserMenu({ user, onSignOut, signingOut = false }: UserMenuProps) {
  const { t } = useTranslation('ui');
  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          data-testid="user-menu"
          aria-label={t('userMenu.label', { name: user.name })}
          // A plain avatar, not initials: visible initials are text missing from the label (WCAG 2.5.3)
          // and their per-name colours fail contrast for some names.
          leftSection={<Avatar size="sm" aria-hidden />}
        >
          {/* On a small screen the avatar stands alone; the label still names the user. */}
          <Box component="span" visibleFrom="sm">
            {user.name}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs', { email: user.email })}</Menu.Label>
        <Menu.Item component={Link} to={MY_ORGANIZATIONS_PATH} data-testid="my-organizations-link">
          {t('userMenu.organizations')}
        </Menu.Item>
        <Menu.Item component={Link} to={ACCOUNT_PATH} data-testid="account-link">
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Item data-testid="sign-out" onClick={onSignOut} disabled={signingOut}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
