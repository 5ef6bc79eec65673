import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { label, VISIBILITIES } from '@videnbro/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { needPath, organizationPath } from '../lib/paths';
import type { InboxMatch, InboxNeed as Need } from '../queries/types';

/** The domain's name for a confidential need, as its author chose it. */
const CONFIDENTIAL = VISIBILITIES.find((v) => v.id === 'brokers')!;

export interface InboxNeedProps {
  item: Need;
  onPropose: (match: InboxMatch) => void;
}

/** A need waiting for a case, with its best institutions, each a click away from a proposal. */
export function InboxNeed({ item, onPropose }: InboxNeedProps) {
  const { t, i18n } = useTranslation('brokering');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const posted = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(item.createdAt));
  const headingId = `inbox-need-${item.need.id}`;
  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      withBorder
      p="md"
      data-testid="inbox-need"
      data-need-id={item.need.id}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={needPath(item.need.id)} inherit>
              {item.need.name}
            </Anchor>
          </Title>
          {item.visibility === 'brokers' && (
            <Badge color="grape" variant="light">
              {label(CONFIDENTIAL, locale)}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('inbox.company')}:{' '}
          <Anchor component={Link} to={organizationPath(item.company.id)}>
            {item.company.name}
          </Anchor>{' '}
          · {t('inbox.posted', { date: posted })}
        </Text>
        {item.tags.length > 0 && (
          <Group gap={4}>
            {item.tags.map((tag) => (
              <Badge key={tag} variant="outline" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        <Title order={3} size="h6">
          {t('inbox.matches')}
        </Title>
        {item.matches.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('inbox.noMatches')}
          </Text>
        )}
        <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {item.matches.map((match) => (
            <Group
              component="li"
              key={match.institution.id}
              justify="space-between"
              wrap="nowrap"
              data-testid="inbox-match"
            >
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {match.institution.name}{' '}
                  <Text span size="xs" c="dimmed">
                    {t('inbox.score', { score: Math.round(match.score * 100) })}
                  </Text>
                </Text>
                {match.competence && (
                  <Text size="xs">
                    {t('inbox.competence')}: {match.competence.name}
                  </Text>
                )}
                {match.sharedTags.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('inbox.sharedTags')}: {match.sharedTags.join(', ')}
                  </Text>
                )}
              </Stack>
              <Button
                size="xs"
                onClick={() => onPropose(match)}
                aria-label={t('inbox.proposeTo', {
                  institution: match.institution.name,
                  need: item.need.name,
                })}
                data-testid="propose"
              >
                {t('inbox.propose')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
