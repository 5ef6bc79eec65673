import { Fragment } from 'react';

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The API's highlight (HTML-escaped text with `<mark>…</mark>` around matched words) as text parts,
 * each flagged when it was marked. Only the exact `<mark>` and `</mark>` markers are read; the rest is
 * unescaped back to plain text, which React then renders as text, never as HTML.
 */
export function highlightParts(highlight: string): { text: string; marked: boolean }[] {
  return highlight
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('<mark>') && part.endsWith('</mark>')
        ? { text: unescape(part.slice('<mark>'.length, -'</mark>'.length)), marked: true }
        : { text: unescape(part), marked: false },
    );
}

/** A highlighted title or snippet: matched words in `<mark>`, everything else as plain text. */
export function Highlighted({ highlight }: { highlight: string }) {
  return (
    <>
      {highlightParts(highlight).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
