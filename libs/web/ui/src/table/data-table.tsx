import { Group, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { tableData, type TableColumn, type TableData } from './table-data';
import { TableExport } from './table-export';

export interface DataTableProps<Row> {
  /** The table's heading, also its caption for screen readers and the export's name. */
  title: string;
  /** The heading level in the page (h2 by default). */
  titleOrder?: 2 | 3 | 4;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The export's file name without extension; no export buttons without it. */
  fileName?: string;
  /** Every row to export when `rows` is only a page of them; `rows` otherwise. */
  exportTable?: () => Promise<TableData>;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Shown under the table (paging, totals). */
  footer?: ReactNode;
  'data-testid'?: string;
}

/** A titled table with column headers, scrolling sideways on small screens, exportable to CSV and XLSX. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { title, titleOrder = 2, columns, rows, rowKey, fileName, exportTable, empty, footer } = props;
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-testid={props['data-testid']}>
      <Group justify="space-between" align="center" mb="xs" gap="sm">
        <Title order={titleOrder} size="h4" id={titleId}>
          {title}
        </Title>
        {fileName && rows.length > 0 && (
          <TableExport
            fileName={fileName}
            label={title}
            table={exportTable ?? (() => tableData(columns, rows))}
          />
        )}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder highlightOnHover aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column.key} scope="col" ta={column.numeric ? 'right' : undefined}>
                    {column.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <Table.Td key={column.key} ta={column.numeric ? 'right' : undefined}>
                      {column.render ? column.render(row) : column.value(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {footer}
    </section>
  );
}
