import type { MailMessage } from './mail.port';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an html mail body or attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/**
 * A mail of plain-text paragraphs: the text as they are, the html as simple paragraphs (line breaks
 * kept) with the paragraph that is the link made clickable.
 */
export function paragraphsMail(to: string, subject: string, paragraphs: string[], link: string): MailMessage {
  const html = paragraphs
    .map((paragraph) => {
      const escaped = escapeHtml(paragraph).replace(/\n/g, '<br>');
      return paragraph === link ? `<p><a href="${escapeHtml(link)}">${escaped}</a></p>` : `<p>${escaped}</p>`;
    })
    .join('\n');
  return { to, subject, text: `${paragraphs.join('\n\n')}\n`, html };
}
