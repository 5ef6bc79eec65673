/** Latency figures for the benchmark scripts: measured and printed, never asserted. */

export interface Timing {
  p50: number;
  p95: number;
  perSecond: number;
}

/** The value at `share` (0-1) of ascending `sorted`, nearest rank; 0 when empty. */
export const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] ?? 0;

/** `requests` calls of `send`, `concurrency` at a time, cycling through the case numbers 0 … `cases` - 1. */
export async function measure(
  requests: number,
  concurrency: number,
  cases: number,
  send: (item: number) => Promise<void>,
): Promise<Timing> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const item = next++ % cases;
        const before = performance.now();
        await send(item);
        latencies.push(performance.now() - before);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), perSecond: requests / seconds };
}

/** `rows` under `header` as a Markdown table, columns padded to their widest cell. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}
