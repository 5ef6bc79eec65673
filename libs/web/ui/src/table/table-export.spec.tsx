import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bytesOf, captureDownloads, textOf } from '@videnbro/web-testing';
import { renderUi } from '../testing/render-ui';
import { toCsv } from './csv';
import { DataTable } from './data-table';
import type { TableColumn } from './table-data';
import { xlsxBlob } from './xlsx';

interface Company {
  id: string;
  name: string;
  activities: number;
  share: number | null;
}

const columns: TableColumn<Company>[] = [
  { key: 'name', header: 'Navn', value: (row) => row.name },
  { key: 'activities', header: 'Aktiviteter', value: (row) => row.activities, numeric: true },
  {
    key: 'share',
    header: 'Andel',
    value: (row) => row.share,
    render: (row) => `${(row.share ?? 0) * 100} %`,
  },
];

const rows: Company[] = [
  { id: '1', name: 'Mejeri Nord ApS', activities: 3, share: 0.25 },
  { id: '2', name: 'Vind, Vand & "Sol" A/S', activities: 1, share: null },
];

describe('toCsv', () => {
  it('writes a header and one line per row, CRLF, quoting only where needed', () => {
    expect(
      toCsv({
        headers: ['Navn', 'Aktiviteter', 'Andel'],
        rows: rows.map((r) => [r.name, r.activities, r.share]),
      }),
    ).toBe('Navn,Aktiviteter,Andel\r\nMejeri Nord ApS,3,0.25\r\n"Vind, Vand & ""Sol"" A/S",1,\r\n');
  });

  it('keeps line breaks inside a quoted cell and Danish letters as they are', () => {
    expect(toCsv({ headers: ['Sted'], rows: [['Århus\nØst']] })).toBe('Sted\r\n"Århus\nØst"\r\n');
  });

  it('makes text that a spreadsheet would run as a formula plain text, but leaves numbers alone', () => {
    expect(toCsv({ headers: ['a', 'b', 'c'], rows: [['=HYPERLINK("x")', '-1', -1]] })).toBe(
      `a,b,c\r\n"'=HYPERLINK(""x"")",'-1,-1\r\n`,
    );
  });
});

describe('xlsxBlob', () => {
  it('writes an XLSX workbook (a zip file)', async () => {
    const blob = await xlsxBlob(
      { headers: ['Navn'], rows: [['Mejeri Nord ApS'], [3]] },
      'Virksomheder: 2025',
    );
    const bytes = await bytesOf(blob);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    expect(blob.size).toBeGreaterThan(1000);
  });
});

describe('DataTable', () => {
  let downloads: { name: string; blob: Blob }[];

  beforeEach(() => {
    downloads = captureDownloads();
  });

  afterEach(() => jest.restoreAllMocks());

  it('shows the rows under column headers, formatted for the page', () => {
    renderUi(<DataTable title="Virksomheder" columns={columns} rows={rows} rowKey={(row) => row.id} />);
    const table = screen.getByRole('table', { name: 'Virksomheder' });
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Navn',
      'Aktiviteter',
      'Andel',
    ]);
    expect(table).toHaveTextContent('25 %');
    expect(screen.queryByRole('button', { name: /CSV/ })).not.toBeInTheDocument();
  });

  it('downloads the raw values as CSV, with a byte-order mark for Excel', async () => {
    renderUi(
      <DataTable
        title="Virksomheder"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        fileName="firmaer"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Eksportér Virksomheder som CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('firmaer.csv');
    const text = await textOf(downloads[0].blob);
    expect(text).toBe(
      '\uFEFFNavn,Aktiviteter,Andel\r\nMejeri Nord ApS,3,0.25\r\n"Vind, Vand & ""Sol"" A/S",1,\r\n',
    );
  });

  it('exports every row from the loader when the page shows only some', async () => {
    const exportTable = jest.fn(async () => ({ headers: ['Navn'], rows: [['A'], ['B'], ['C']] }));
    renderUi(
      <DataTable
        title="Virksomheder"
        columns={columns}
        rows={rows.slice(0, 1)}
        rowKey={(row) => row.id}
        fileName="firmaer"
        exportTable={exportTable}
      />,
      { language: 'en' },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export Virksomheder as XLSX (Excel)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(exportTable).toHaveBeenCalledTimes(1);
    expect(downloads[0].name).toBe('firmaer.xlsx');
  });

  it('says so when there are no rows, without export buttons', () => {
    renderUi(
      <DataTable
        title="Virksomheder"
        columns={columns}
        rows={[]}
        rowKey={(row) => row.id}
        fileName="x"
        empty="Ingen"
      />,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Ingen')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
