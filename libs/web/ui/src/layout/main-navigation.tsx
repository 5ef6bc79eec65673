import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { NAV_AREAS, type NavRights } from './areas';

export interface MainNavigationProps {
  rights: NavRights;
  /** Called when a link is followed, e.g. to close the navigation on small screens. */
  onNavigate?: () => void;
}

function isCurrent(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The overview plus the areas the user has rights to, as a list of links. */
export function MainNavigation({ rights, onNavigate }: MainNavigationProps) {
  const { t } = useTranslation('ui');
  const { pathname } = useLocation();
  const items = [{ key: 'overview', path: '/' }, ...NAV_AREAS.filter((area) => rights[area.key])];
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const current = isCurrent(item.path, pathname);
        return (
          <li key={item.key}>
            <NavLink
              component={Link}
              to={item.path}
              label={t(`areas.${item.key}`)}
              active={current}
              aria-current={current ? 'page' : undefined}
              data-testid={`nav-${item.key}`}
              onClick={onNavigate}
            />
          </li>
        );
      })}
    </Stack>
  );
}
