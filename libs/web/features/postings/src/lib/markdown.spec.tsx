import { screen } from '@testing-library/react';
import { fakeApi } from '@videnbro/web-testing';
import { renderRoutes } from '../testing/render-postings';
import { Markdown, parseMarkdown, safeHref } from './markdown';

function renderMarkdown(source: string) {
  fakeApi({});
  return renderRoutes([{ path: '/', element: <Markdown source={source} testId="markdown" /> }], {
    language: 'en',
  });
}

describe('Markdown', () => {
  it('renders headings (from h3 down), lists, emphasis, code and safe links', async () => {
    renderMarkdown(
      '# The problem\n\nWe want **fewer** sick *cows* and `less` guessing.\n\n- sensors\n- data\n\n1. first\n2. second\n\nSee [our site](https://example.dk/a?b=1) or https://dtu.dk.',
    );
    const root = await screen.findByTestId('markdown');
    expect(screen.getByRole('heading', { level: 3, name: 'The problem' })).toBeInTheDocument();
    expect(root.querySelector('strong')).toHaveTextContent('fewer');
    expect(root.querySelector('em')).toHaveTextContent('cows');
    expect(root.querySelector('code')).toHaveTextContent('less');
    expect(root.querySelectorAll('ul li')).toHaveLength(2);
    expect(root.querySelectorAll('ol li')).toHaveLength(2);
    const link = screen.getByRole('link', { name: /our site/ });
    expect(link).toHaveAttribute('href', 'https://example.dk/a?b=1');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(link).toHaveAccessibleName('our site (opens in a new tab)');
    expect(screen.getByRole('link', { name: /dtu\.dk/ })).toHaveAttribute('href', 'https://dtu.dk/');
  });

  it('never puts a link inside a link', async () => {
    renderMarkdown('[https://dtu.dk](https://dtu.dk/kontakt) and **[bold](https://a.dk) https://b.dk**');
    const root = await screen.findByTestId('markdown');
    expect(root.querySelector('a a')).toBeNull();
    expect(Array.from(root.querySelectorAll('a')).map((anchor) => anchor.getAttribute('href'))).toEqual([
      'https://dtu.dk/kontakt',
      'https://a.dk/',
      'https://b.dk/',
    ]);
  });

  it('renders a script, an onerror handler and javascript: links as inert text', async () => {
    const alert = jest.fn();
    window.alert = alert;
    renderMarkdown(
      [
        '<script>alert("x")</script>',
        '',
        '<img src="nope" onerror="alert(1)">',
        '',
        '[click me](javascript:alert(1)) [shout](JAVASCRIPT:alert(2)) [tab](java\tscript:alert(3))',
        '',
        '[data](data:text/html,<script>alert(4)</script>) <a href="javascript:alert(5)">raw</a>',
      ].join('\n'),
    );
    const root = await screen.findByTestId('markdown');
    expect(root.querySelector('script, img, iframe, [onerror], [onclick]')).toBeNull();
    // Markup is shown as the text it is.
    expect(root).toHaveTextContent('<script>alert("x")</script>');
    expect(root).toHaveTextContent('<img src="nope" onerror="alert(1)">');
    // Links with unsafe addresses keep their words and lose the link.
    expect(root).toHaveTextContent('click me');
    for (const anchor of Array.from(root.querySelectorAll('a'))) {
      expect(anchor.getAttribute('href')).toMatch(/^(https?|mailto):/);
    }
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('safeHref', () => {
  it('allows http, https and mailto only', () => {
    expect(safeHref('https://videnbro.dk')).toBe('https://videnbro.dk/');
    expect(safeHref('mailto:anna@firma.dk')).toBe('mailto:anna@firma.dk');
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });
});

describe('parseMarkdown', () => {
  it('keeps a fenced block as code, whatever it holds', () => {
    expect(parseMarkdown('```\n# not a heading\n<b>x</b>\n```')).toEqual([
      { kind: 'code', text: '# not a heading\n<b>x</b>' },
    ]);
  });

  it('lets nothing executable through in any block or inline form', async () => {
    const alert = jest.fn();
    window.alert = alert;
    const payloads = [
      '<svg onload=alert(1)>',
      '<iframe srcdoc="<script>alert(2)</script>"></iframe>',
      '<object data="javascript:alert(3)"></object>',
      '<style>body{background:url("javascript:alert(4)")}</style>',
      '[x](&#106;avascript:alert(5)) [y]( javascript:alert(6)) [z](vbscript:msgbox(7))',
      'https://ok.dk/"onmouseover="alert(8) and https://ok.dk/<script>alert(9)</script>',
    ];
    renderMarkdown(
      [
        ...payloads.map((payload) => `# ${payload}`),
        ...payloads.map((payload) => `- **${payload}** *${payload}*`),
        '',
        ...payloads.map((payload) => `> ${payload}`),
        '',
        '```',
        ...payloads,
        '```',
        '',
        ...payloads.map((payload) => `\`${payload}\``),
      ].join('\n'),
    );
    const root = await screen.findByTestId('markdown');
    expect(root.querySelector('script, img, iframe, object, embed, svg, style, link, meta, form')).toBeNull();
    for (const element of Array.from(root.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      }
    }
    for (const anchor of Array.from(root.querySelectorAll('a'))) {
      expect(anchor.getAttribute('href')).toMatch(/^https:\/\/ok\.dk\/[^"<>]*$/);
    }
    expect(root).toHaveTextContent('<svg onload=alert(1)>');
    expect(alert).not.toHaveBeenCalled();
  });
});
