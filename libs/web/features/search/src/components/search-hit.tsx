import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Highlighted } from '../lib/highlight';
import { ENTITY_PATHS } from '../lib/paths';
import type { SearchType } from '../lib/search-state';
import type { SearchHit } from '../queries/search';

const TYPE_COLORS: Readonly<Record<SearchType, string>> = {
  need: 'orange',
  competence: 'teal',
  organization: 'blue',
};

/** One result: its type, the highlighted title as a link, who is behind it, and a highlighted snippet. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('search');
  return (
    <Paper withBorder p="md" data-testid="search-hit" data-type={hit.type} data-id={hit.id}>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light" color={TYPE_COLORS[hit.type]}>
            {t(`type.${hit.type}`)}
          </Badge>
          {hit.type !== 'organization' && (
            <Text size="sm" c="dimmed">
              {t('results.publishedBy', { name: hit.organization.name })}
            </Text>
          )}
        </Group>
        <Title order={3} size="h4">
          <Anchor component={Link} to={ENTITY_PATHS[hit.type](hit.id)}>
            <Highlighted highlight={hit.titleHighlight} />
          </Anchor>
        </Title>
        {hit.snippet !== '' && (
          <Text size="sm" data-testid="search-snippet">
            <Highlighted highlight={hit.snippet} />
          </Text>
        )}
        {hit.tags.length > 0 && (
          <Group gap={4}>
            {hit.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" size="sm" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
