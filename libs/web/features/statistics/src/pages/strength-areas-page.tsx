import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { label, naceDivision, naceSection, normaliseNaceCode } from '@videnbro/domain';
import { useVisibleClusters } from '@videnbro/web-core';
import {
  DataTable,
  ErrorAlert,
  LoadingState,
  PageTitle,
  ScreenOnly,
  type TableColumn,
} from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { StatisticsFilters } from '../components/statistics-filters';
import { StatisticsNav } from '../components/statistics-nav';
import { describeError } from '../lib/errors';
import { defaultPeriod } from '../lib/period';
import { useStatisticsAccess } from '../queries/access';
import {
  useSetStrengthIndustries,
  useStrengthIndustries,
  type MappingInput,
  type StrengthIndustries,
} from '../queries/statistics';

type Mapping = StrengthIndustries['mappings'][number];

/** The DB07 name of a code as typed, or null while it is not a valid code. */
function industryName(code: string, locale: string): string | null {
  const canonical = normaliseNaceCode(code);
  if (canonical === null) return null;
  const entry = naceDivision(canonical) ?? naceSection(canonical);
  return entry ? label(entry, locale) : null;
}

/**
 * `/statistics/strength-areas?cluster=…`: the DB07 codes each strength area of a cluster is mapped to,
 * which decide the share of companies outside the strength areas. Admins edit the mapping here.
 */
export function StrengthAreasPage() {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const { clusters } = useVisibleClusters();
  const { canEditStrengthAreas } = useStatisticsAccess();
  const cluster = params.get('cluster') || clusters[0]?.id || '';
  const mapping = useStrengthIndustries(cluster);
  const data = mapping.data;
  const clusterName = clusters.find(({ id }) => id === cluster)?.name;

  const columns: TableColumn<Mapping>[] = [
    { key: 'strengthArea', header: t('strengthAreas.strengthArea'), value: (row) => row.strengthArea },
    { key: 'industryCode', header: t('strengthAreas.industryCode'), value: (row) => row.industryCode },
    { key: 'industry', header: t('strengthAreas.industry'), value: (row) => label(row.label, locale) },
  ];

  return (
    <Stack gap="lg" data-testid="statistics-strength-areas">
      <PageTitle>{t('strengthAreas.title')}</PageTitle>
      <StatisticsNav cluster={cluster} period={defaultPeriod()} />
      <Text maw="48rem">{t('strengthAreas.intro')}</Text>
      <StatisticsFilters
        clusters={clusters}
        cluster={cluster}
        onChange={(changes) => setParams({ cluster: changes.cluster ?? '' }, { replace: true })}
      />
      {!cluster && <Text>{t('strengthAreas.pickCluster')}</Text>}
      {mapping.error && <ErrorAlert error={describeError(mapping.error, t)} />}
      {cluster && mapping.isPending && <LoadingState />}
      {data &&
        (canEditStrengthAreas ? (
          <MappingEditor key={cluster} cluster={cluster} title={clusterName} saved={data} />
        ) : (
          <Stack gap="xs">
            <DataTable
              title={clusterName ? `${t('strengthAreas.table')}: ${clusterName}` : t('strengthAreas.table')}
              columns={columns}
              rows={data.mappings}
              rowKey={(row) => `${row.strengthArea}:${row.industryCode}`}
              fileName="strength-areas"
              empty={t('strengthAreas.empty')}
              data-testid="strength-areas-table"
            />
            <Text size="sm" c="dimmed">
              {t('strengthAreas.readOnly')}
            </Text>
          </Stack>
        ))}
    </Stack>
  );
}

interface Draft {
  id: number;
  strengthArea: string;
  industryCode: string;
}

/** The admin's editor: one row per strength area and code; saved as a whole. */
function MappingEditor({
  cluster,
  title,
  saved,
}: {
  cluster: string;
  title?: string;
  saved: StrengthIndustries;
}) {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const setMapping = useSetStrengthIndustries(cluster);
  const [rows, setRows] = useState<Draft[]>(() =>
    saved.mappings.map((row, id) => ({ id, strengthArea: row.strengthArea, industryCode: row.industryCode })),
  );
  const [nextId, setNextId] = useState(saved.mappings.length);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const edit = (id: number, change: Partial<Draft>) => {
    setDone(false);
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...change } : row)));
  };
  const add = () => {
    setRows((current) => [
      ...current,
      { id: nextId, strengthArea: saved.strengthAreas[0] ?? '', industryCode: '' },
    ]);
    setNextId(nextId + 1);
  };
  const save = () => {
    const mappings: MappingInput[] = [];
    for (const row of rows) {
      const strengthArea = row.strengthArea.trim();
      const industryCode = normaliseNaceCode(row.industryCode);
      if (!strengthArea) return setProblem(t('strengthAreas.missingArea'));
      if (industryCode === null)
        return setProblem(t('strengthAreas.invalidCode', { code: row.industryCode }));
      mappings.push({ strengthArea, industryCode });
    }
    setProblem(null);
    setMapping.mutate(mappings, { onSuccess: () => setDone(true) });
  };

  return (
    <section aria-labelledby="strength-areas-editor">
      <Title order={2} size="h4" id="strength-areas-editor" mb="xs">
        {title ? `${t('strengthAreas.table')}: ${title}` : t('strengthAreas.table')}
      </Title>
      <datalist id="strength-area-names">
        {saved.strengthAreas.map((area) => (
          <option key={area} value={area} />
        ))}
      </datalist>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('strengthAreas.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder aria-labelledby="strength-areas-editor" data-testid="strength-areas-editor">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('strengthAreas.strengthArea')}</Table.Th>
                <Table.Th scope="col">{t('strengthAreas.industryCode')}</Table.Th>
                <Table.Th scope="col">{t('strengthAreas.industry')}</Table.Th>
                <Table.Th scope="col" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => {
                const name = industryName(row.industryCode, locale);
                return (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${t('strengthAreas.strengthArea')} ${index + 1}`}
                        value={row.strengthArea}
                        maxLength={100}
                        list="strength-area-names"
                        onChange={(event) => edit(row.id, { strengthArea: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${t('strengthAreas.industryCode')} ${index + 1}`}
                        value={row.industryCode}
                        maxLength={10}
                        error={row.industryCode !== '' && name === null}
                        onChange={(event) => edit(row.id, { industryCode: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{name ?? '–'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('strengthAreas.remove', {
                          code: row.industryCode,
                          area: row.strengthArea,
                        })}
                        onClick={() => setRows((current) => current.filter(({ id }) => id !== row.id))}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {setMapping.error && <ErrorAlert error={describeError(setMapping.error, t)} />}
      <ScreenOnly>
        <Group mt="md" gap="md">
          <Button variant="default" onClick={add}>
            {t('strengthAreas.add')}
          </Button>
          <Button onClick={save} loading={setMapping.isPending} data-testid="save-strength-areas">
            {t('strengthAreas.save')}
          </Button>
          <div aria-live="polite">
            {done && <Text size="sm">{t('strengthAreas.saved')}</Text>}
            {problem && (
              <Text size="sm" c="red.9">
                {problem}
              </Text>
            )}
          </div>
        </Group>
      </ScreenOnly>
    </section>
  );
}

export default StrengthAreasPage;
