import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { DataTable } from '@videnbro/web-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chartColumns, type ChartSpec } from '../lib/charts';
import { formatValue } from '../lib/format';

export interface ChartPanelProps {
  spec: ChartSpec;
  /** The table export's file name without extension. */
  fileName: string;
}

/**
 * A bar chart with its data as a table: the chart is one image whose text alternative lists the values;
 * the table (shown on request, exportable) is the same data for reading, screen readers and spreadsheets.
 */
export function ChartPanel({ spec, fileName }: ChartPanelProps) {
  const { title, description, rows, series, unit } = spec;
  const { t, i18n } = useTranslation('statistics');
  const [tableShown, { toggle }] = useDisclosure(false);
  const titleId = useId();
  const tableId = useId();
  const format = (value: number | null | undefined) => formatValue(value, unit, i18n.language);
  const summary = rows
    .map((row) => `${row.label}: ${series.map((s) => `${s.label} ${format(row.values[s.key])}`).join(', ')}`)
    .join('; ');

  return (
    <Card component="section" withBorder aria-labelledby={titleId} data-testid={`chart-${spec.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <Title order={3} size="h4" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {rows.length > 0 && (
            <Button
              variant="subtle"
              size="xs"
              style={{ flexShrink: 0 }}
              onClick={toggle}
              aria-expanded={tableShown}
              aria-controls={tableId}
            >
              {tableShown ? t('charts.hideTable') : t('charts.showTable')}
            </Button>
          )}
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rows.empty')}
          </Text>
        ) : (
          <div role="img" aria-label={t('charts.summary', { title, items: summary })}>
            <BarChart
              h={Math.max(160, rows.length * series.length * 18 + 60)}
              data={rows.map((row) => ({ label: row.label, ...row.values }))}
              dataKey="label"
              orientation="vertical"
              series={series.map((s) => ({ name: s.key, label: s.label, color: s.color }))}
              valueFormatter={(value) => format(value)}
              withLegend={series.length > 1}
              yAxisProps={{ width: 170 }}
              barChartProps={{ accessibilityLayer: false }}
            />
          </div>
        )}
        <div id={tableId}>
          {tableShown && (
            <DataTable
              title={title}
              titleOrder={4}
              columns={chartColumns(spec, i18n.language)}
              rows={rows}
              rowKey={(row) => row.key}
              fileName={fileName}
            />
          )}
        </div>
      </Stack>
    </Card>
  );
}
