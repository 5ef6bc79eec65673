import { Anchor, Blockquote, Code, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A small, safe Markdown renderer for posting descriptions. No Markdown library is installed, and none
 * is needed for what authors write here: paragraphs, headings, bullet and numbered lists, quotes, code,
 * **bold**, *italic*, `code` and links. It builds React elements from the text and never HTML, so markup
 * in a description (`<script>`, `<img onerror>`) is shown as the text it is; links go to http(s) and
 * mailto addresses only.
 */

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** The blocks of a Markdown text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) code.push(lines[i++]);
      i++; // the closing fence (or the end)
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const marker = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length && lines[i].trim()) {
        const item = marker.exec(lines[i]);
        if (item) items.push(item[1]);
        else if (/^\s+\S/.test(lines[i]) && items.length) items[items.length - 1] += ` ${lines[i].trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      let quote: RegExpExecArray | null;
      while (i < lines.length && (quote = QUOTE.exec(lines[i]))) {
        quoted.push(quote[1]);
        i++;
      }
      blocks.push({ kind: 'quote', lines: quoted });
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() &&
      !HEADING.test(lines[i]) &&
      !FENCE.test(lines[i]) &&
      !BULLET.test(lines[i]) &&
      !NUMBERED.test(lines[i]) &&
      !QUOTE.test(lines[i])
    ) {
      paragraph.push(lines[i].trim());
      i++;
    }
    blocks.push({ kind: 'paragraph', lines: paragraph });
  }
  return blocks;
}

/** The address of a link when it is safe to follow (http, https, mailto), else null. */
export function safeHref(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
}

/** An inline rule renders its match with the rules that apply inside it (no link inside a link). */
type InlineRule = {
  pattern: RegExp;
  link?: true;
  render: (match: RegExpExecArray, key: string, rules: InlineRule[]) => ReactNode;
};

function inlineRules(external: string): InlineRule[] {
  const link = (href: string | null, children: ReactNode, key: string) =>
    href ? (
      <Anchor key={key} href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
        {children}
        <VisuallyHidden> {external}</VisuallyHidden>
      </Anchor>
    ) : (
      <Fragment key={key}>{children}</Fragment>
    );
  const withoutLinks = (rules: InlineRule[]) => rules.filter((rule) => !rule.link);
  return [
    { pattern: /`([^`\n]+)`/, render: (m, key) => <Code key={key}>{m[1]}</Code> },
    {
      pattern: /\[([^\]\n]+)\]\(([^)\s]+)\)/,
      link: true,
      render: (m, key, rules) => link(safeHref(m[2]), renderInline(m[1], key, withoutLinks(rules)), key),
    },
    {
      pattern: /\*\*(?=\S)([^\n]*?\S)\*\*|__(?=\S)([^\n]*?\S)__/,
      render: (m, key, rules) => <strong key={key}>{renderInline(m[1] ?? m[2], key, rules)}</strong>,
    },
    {
      pattern: /\*(?=\S)([^*\n]*?\S)\*|(?<![\p{L}\p{N}])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/u,
      render: (m, key, rules) => <em key={key}>{renderInline(m[1] ?? m[2], key, rules)}</em>,
    },
    {
      pattern: /\bhttps?:\/\/[^\s<>()]*[^\s<>().,;:!?'"]/,
      link: true,
      render: (m, key) => link(safeHref(m[0]), m[0], key),
    },
  ];
}

/** Text with inline Markdown, as React nodes: the earliest match first, the rest recursively. */
function renderInline(text: string, keyPrefix: string, rules: InlineRule[]): ReactNode[] {
  const nodes: ReactNode[] = [];
  let rest = text;
  let n = 0;
  while (rest) {
    let best: { match: RegExpExecArray; rule: InlineRule } | null = null;
    for (const rule of rules) {
      const match = rule.pattern.exec(rest);
      if (match && (!best || match.index < best.match.index)) best = { match, rule };
    }
    if (!best) {
      nodes.push(rest);
      break;
    }
    if (best.match.index > 0) nodes.push(rest.slice(0, best.match.index));
    nodes.push(best.rule.render(best.match, `${keyPrefix}.${n++}`, rules));
    rest = rest.slice(best.match.index + best.match[0].length);
  }
  return nodes;
}

function Lines({ lines, rules, keyPrefix }: { lines: string[]; rules: InlineRule[]; keyPrefix: string }) {
  return lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {renderInline(line, `${keyPrefix}.${index}`, rules)}
    </Fragment>
  ));
}

/**
 * Renders Markdown safely. Headings start at `<h3>` (the page has its `<h1>` and the section its
 * `<h2>`), so the outline stays right whatever level the author chose.
 */
export function Markdown({ source, testId }: { source: string; testId?: string }) {
  const { t } = useTranslation('postings');
  const rules = inlineRules(t('markdown.external'));
  return (
    <Stack gap="sm" data-testid={testId}>
      {parseMarkdown(source).map((block, index) => {
        const key = String(index);
        switch (block.kind) {
          case 'heading': {
            const order = Math.min(6, Math.max(3, block.level + 1)) as 3 | 4 | 5 | 6;
            return (
              <Title key={key} order={order} size={order === 3 ? 'h4' : 'h5'}>
                {renderInline(block.text, key, rules)}
              </Title>
            );
          }
          case 'paragraph':
            return (
              <Text key={key}>
                <Lines lines={block.lines} rules={rules} keyPrefix={key} />
              </Text>
            );
          case 'list':
            return (
              <List key={key} type={block.ordered ? 'ordered' : 'unordered'} withPadding>
                {block.items.map((item, itemIndex) => (
                  <List.Item key={itemIndex}>{renderInline(item, `${key}.${itemIndex}`, rules)}</List.Item>
                ))}
              </List>
            );
          case 'quote':
            return (
              <Blockquote key={key} p="sm">
                <Lines lines={block.lines} rules={rules} keyPrefix={key} />
              </Blockquote>
            );
          case 'code':
            return (
              <Code key={key} block>
                {block.text}
              </Code>
            );
          case 'rule':
            return <hr key={key} />;
        }
        return null;
      })}
    </Stack>
  );
}
