import { Anchor, Badge, Group, List, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, LoadingState } from '@videnbro/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { reasonSentences } from '../lib/match-reasons';
import { ENTITY_PATHS } from '../lib/paths';
import { useMatches, type Match, type MatchSource } from '../queries/matches';

export interface MatchesSectionProps {
  /** The need, competence or organisation whose counterparts are shown. */
  type: MatchSource['type'];
  id: string;
  /** A slot for an action on each match (e.g. asking for an introduction), filled by `apps/web`. */
  action?: (match: Match) => ReactNode;
}

type NeedGroup = 'organization' | 'competence';

/**
 * Ranked matches with their reasons, as a section of a need's, a competence's or an organisation's
 * page. For a need, the user chooses between institutions (each with its best competencies) and
 * single competencies.
 */
export function MatchesSection({ type, id, action }: MatchesSectionProps) {
  const { t } = useTranslation('search');
  const [group, setGroup] = useState<NeedGroup>('organization');
  const source: MatchSource = type === 'need' ? { type, id, group } : { type, id };
  const matches = useMatches(source);

  return (
    <Stack component="section" aria-labelledby="matches-title" gap="md" data-testid="matches">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id="matches-title">
            {t(`matches.title.${type}`)}
          </Title>
          <Text size="sm">{t(`matches.intro.${type}`)}</Text>
        </div>
        {type === 'need' && (
          <SegmentedControl
            aria-label={t('matches.group.label')}
            value={group}
            onChange={(value) => setGroup(value as NeedGroup)}
            data={[
              { value: 'organization', label: t('matches.group.organization') },
              { value: 'competence', label: t('matches.group.competence') },
            ]}
          />
        )}
      </Group>
      {matches.isPending ? (
        <LoadingState label={t('matches.loading')} />
      ) : matches.error ? (
        <ErrorAlert error={describeApiError(matches.error, t)} />
      ) : matches.data.items.length === 0 ? (
        <Text data-testid="matches-empty">{t('matches.none')}</Text>
      ) : (
        <Stack component="ol" gap="sm" style={{ margin: 0, paddingLeft: '1.5rem' }}>
          {matches.data.items.map((match) => (
            <li key={`${match.type}:${match.id}`}>
              <MatchItem match={match} action={action?.(match)} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MatchItem({ match, action }: { match: Match; action?: ReactNode }) {
  const { t, i18n } = useTranslation('search');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const score = new Intl.NumberFormat(locale, { style: 'percent' }).format(match.score);
  const reasons = reasonSentences(match.reasons, t, locale);

  return (
    <Paper withBorder p="md" data-testid="match" data-type={match.type} data-id={match.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h4">
              <Anchor component={Link} to={ENTITY_PATHS[match.type](match.id)}>
                {match.title}
              </Anchor>
            </Title>
            {match.type !== 'organization' && (
              <Text size="sm" c="dimmed">
                {t('results.publishedBy', { name: match.organization.name })}
              </Text>
            )}
          </div>
          <Badge variant="light" size="lg" tt="none" style={{ flexShrink: 0 }} data-testid="match-score">
            {t('matches.score', { score })}
          </Badge>
        </Group>
        {action}
        {reasons.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('matches.why')}
            </Text>
            <List size="sm" data-testid="match-reasons">
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </div>
        )}
        {match.postings && match.postings.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t(`matches.best.${match.postings[0].type}`)}
            </Text>
            <List size="sm" data-testid="match-postings">
              {match.postings.map((posting) => (
                <List.Item key={posting.id}>
                  <Anchor component={Link} to={ENTITY_PATHS[posting.type](posting.id)}>
                    {posting.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

export default MatchesSection;
