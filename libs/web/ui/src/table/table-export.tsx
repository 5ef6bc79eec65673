import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import print from '../layout/print.module.css';
import { csvBlob } from './csv';
import { downloadBlob } from './download';
import type { TableData } from './table-data';
import { xlsxBlob } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx';

export interface TableExportProps {
  /** The file's name without extension, e.g. `statistics-2025`. */
  fileName: string;
  /** What the buttons export, for their accessible names ("Export <label> as CSV"). */
  label: string;
  /** The table to export: at hand, or loaded on click (every page of a paged list). */
  table: () => TableData | Promise<TableData>;
}

/** Two buttons that download a table as CSV or XLSX; a failure is announced next to them. */
export function TableExport({ fileName, label, table }: TableExportProps) {
  const { t } = useTranslation('ui');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(false);
    try {
      const data = await table();
      const blob = format === 'csv' ? csvBlob(data) : await xlsxBlob(data, label);
      downloadBlob(blob, `${fileName}.${format}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Group gap="xs" className={print.screenOnly}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          size="xs"
          variant="default"
          loading={busy === format}
          disabled={busy !== null && busy !== format}
          aria-label={t(`export.${format}Label`, { label })}
          data-testid={`export-${format}`}
          onClick={() => void run(format)}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
      {failed && (
        <Text size="sm" c="red.9" role="alert">
          {t('export.failed')}
        </Text>
      )}
    </Group>
  );
}
