import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../lib/format';
import { casePath } from '../lib/paths';
import type { CaseListItem } from '../queries/types';
import { StageBadge } from './stage-badge';

/** Cases as a table: the parties (linking to the case), subject, stage, cluster, next action. */
export function CaseTable({ items, caption }: { items: readonly CaseListItem[]; caption: string }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.parties')}</Table.Th>
            <Table.Th scope="col">{t('list.subject')}</Table.Th>
            <Table.Th scope="col">{t('list.stage')}</Table.Th>
            <Table.Th scope="col">{t('list.cluster')}</Table.Th>
            <Table.Th scope="col">{t('list.nextAction')}</Table.Th>
            <Table.Th scope="col">{t('list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="case-row">
              <Table.Td>
                <Anchor component={Link} to={casePath(item.id)} fw={600}>
                  {t('parties', { company: item.company.name, institution: item.institution.name })}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.need?.name ?? item.competence?.name ?? ''}</Table.Td>
              <Table.Td>
                <StageBadge stage={item.stage} />
              </Table.Td>
              <Table.Td>{item.ownerCluster.name}</Table.Td>
              <Table.Td>
                {item.nextAction && (
                  <Stack gap={2}>
                    <Text size="sm">{item.nextAction}</Text>
                    {item.nextActionDue && (
                      <Text size="xs" c={item.overdue ? 'red.8' : 'dimmed'}>
                        {t('detail.due', { date: formatDate(item.nextActionDue, locale) })}
                      </Text>
                    )}
                  </Stack>
                )}
                {item.overdue && (
                  <Badge color="red" variant="light" tt="none" data-testid="case-overdue">
                    {t('list.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatDate(item.updatedAt, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
