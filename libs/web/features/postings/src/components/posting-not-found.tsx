import { Anchor, Stack, Text } from '@mantine/core';
import { useMe } from '@videnbro/web-core';
import { PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { postingPaths, type PostingType } from '../lib/posting-type';

/**
 * What a posting the API will not show looks like: it answers 404 both when there is none and when
 * the caller may not read it (a confidential need), so the page does not tell the two apart either.
 */
export function PostingNotFound({ type }: { type: PostingType }) {
  const { t } = useTranslation('postings');
  const me = useMe();
  const location = useLocation();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <Stack gap="sm" align="flex-start" data-testid="posting-not-found">
      <PageTitle>{t(`types.${type}.notFoundTitle`)}</PageTitle>
      <Text>{t(`types.${type}.notFoundText`)}</Text>
      {me.data ? (
        <Anchor component={Link} to={postingPaths(type).mine}>
          {t(`types.${type}.mine`)}
        </Anchor>
      ) : (
        <Text>
          {t(`types.${type}.notFoundHint`)}{' '}
          <Anchor component={Link} to={`/sign-in?next=${next}`}>
            {t('detail.signIn')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
