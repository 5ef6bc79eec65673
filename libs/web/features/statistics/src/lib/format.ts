/** How a figure's value reads: a count, a share, kroner or a ratio. */
export type FigureUnit = 'count' | 'share' | 'dkk' | 'ratio';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, unit: FigureUnit): Intl.NumberFormat {
  const key = `${locale}:${unit}`;
  let format = formatters.get(key);
  if (!format) {
    const tag = locale === 'en' ? 'en-GB' : 'da-DK';
    format = new Intl.NumberFormat(
      tag,
      unit === 'share'
        ? { style: 'percent', maximumFractionDigits: 1 }
        : unit === 'dkk'
          ? { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 }
          : unit === 'ratio'
            ? { maximumFractionDigits: 2 }
            : { maximumFractionDigits: 0 },
    );
    formatters.set(key, format);
  }
  return format;
}

/** A figure's value for the page; a dash when it cannot be computed (a share of nothing). */
export function formatValue(value: number | null | undefined, unit: FigureUnit, locale: string): string {
  return value === null || value === undefined ? '–' : formatter(locale, unit).format(value);
}
