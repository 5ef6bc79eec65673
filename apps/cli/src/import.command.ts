import { createDataSource } from '@videnbro/database';
import { importRecords } from '@videnbro/imports';
import type { ImportFormat, ImportProgress, ImportReport } from '@videnbro/imports';
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';

export interface ImportCommandOptions {
  file: string;
  dryRun: boolean;
  atomic: boolean;
  report?: string;
  format?: string;
}

/** CSV by `--format csv` or a `.csv` file; JSONL otherwise. */
export function formatOf(file: string, format?: string): ImportFormat {
  if (format !== undefined && format !== 'csv' && format !== 'jsonl') {
    throw new Error(`Unknown format "${format}": use jsonl or csv`);
  }
  return (format as ImportFormat | undefined) ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
}

/**
 * Progress on stderr: on a terminal a bar redrawn in place (lines, share of the file read, lines/s);
 * elsewhere (a log, CI) one line every 5 seconds.
 */
function progressReporter(totalBytes: number, bytesRead: () => number) {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let last = started;
  return {
    update(progress: ImportProgress, force = false) {
      const now = Date.now();
      if (!force && now - last < (tty ? 100 : 5000)) return;
      last = now;
      const share = totalBytes ? Math.min(1, bytesRead() / totalBytes) : 1;
      const rate = Math.round(progress.lines / Math.max(0.001, (now - started) / 1000));
      const figures = `${Math.round(share * 100)}% ${progress.lines} lines, ${rate} lines/s, ${progress.failed} failed`;
      if (!tty) {
        process.stderr.write(`${figures}\n`);
        return;
      }
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${figures} `);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

export function summary(report: ImportReport, seconds: number): string {
  const mode = report.dryRun
    ? ' (dry run: nothing written)'
    : report.rolledBack
      ? ' (atomic: nothing imported)'
      : '';
  const lines = [
    `${report.lines} lines in ${seconds.toFixed(1)} s${mode}: ${report.created} created, ` +
      `${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed.`,
  ];
  for (const error of report.errors.slice(0, 20)) {
    lines.push(`  line ${error.line}${error.externalId ? ` (${error.externalId})` : ''}: ${error.message}`);
  }
  if (report.errors.length > 20) lines.push(`  … and ${report.errors.length - 20} more (see --report)`);
  return lines.join('\n');
}

/** `import <file>`: returns the report; the exit code is 1 when any line failed. */
export async function runImport(databaseUrl: string, options: ImportCommandOptions): Promise<ImportReport> {
  const format = formatOf(options.file, options.format);
  const { size } = await stat(options.file);
  const input = createReadStream(options.file);
  const progress = progressReporter(size, () => input.bytesRead);
  const dataSource = createDataSource(databaseUrl, 2);
  await dataSource.initialize();
  const started = Date.now();
  try {
    const report = await importRecords(dataSource, input, {
      dryRun: options.dryRun,
      atomic: options.atomic,
      format,
      actorUserId: null,
      onProgress: (figures) => progress.update(figures),
    });
    progress.done();
    if (options.report) await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
    console.log(summary(report, (Date.now() - started) / 1000));
    if (options.report) console.log(`Report written to ${options.report}.`);
    return report;
  } finally {
    await dataSource.destroy();
  }
}
