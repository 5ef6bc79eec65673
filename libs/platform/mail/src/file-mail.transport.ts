import { Logger } from '@nestjs/common';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MailMessage, MailPort } from './mail.port';

/** The first http(s) link in a text, e.g. the invitation link of a message. */
export function firstLink(text: string): string | undefined {
  return /https?:\/\/[^\s<>"')]+/.exec(text)?.[0];
}

/** A file-name-safe, short form of a subject: "Du er inviteret til Ærø Å/S" -> "du-er-inviteret-til-aero-a-s". */
export function slugify(text: string, maxLength = 50): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'message';
}

/** The message as a readable text file: headers, a blank line, the plain-text body (and the html after it). */
export function renderMailFile(message: MailMessage, from: string, date: Date): string {
  const lines = [
    `From: ${from}`,
    `To: ${message.to}`,
    `Subject: ${message.subject}`,
    `Date: ${date.toUTCString()}`,
    '',
    message.text.trimEnd(),
    '',
  ];
  if (message.html) lines.push('----- html -----', message.html.trimEnd(), '');
  return lines.join('\n');
}

/**
 * Development and test transport: writes each message to `<dataDir>/mail/<timestamp>-<slug>.txt` and
 * logs the file. A file appears there whole or not at all (written beside it, then moved in), so a
 * reader never sees half a message, even from a process killed while writing. With `logLinks` (development only) it logs the first link in it too, so a developer
 * can follow an invitation without a mail server; elsewhere links (secret tokens) stay out of the log.
 */
export class FileMailTransport extends MailPort {
  private readonly logger = new Logger('Mail');
  private sequence = 0;

  constructor(
    private readonly dataDir: string,
    private readonly from: string,
    private readonly logLinks = false,
  ) {
    super();
  }

  get directory(): string {
    return resolve(this.dataDir, 'mail');
  }

  /** Where a message is written before it moves into `directory` (the same file system). */
  private get incoming(): string {
    return resolve(this.dataDir, '.mail-incoming');
  }

  async send(message: MailMessage): Promise<void> {
    const now = new Date();
    await Promise.all([
      mkdir(this.directory, { recursive: true }),
      mkdir(this.incoming, { recursive: true }),
    ]);
    // The sequence keeps two messages in the same millisecond apart and in order.
    const stamp = `${now.toISOString().replace(/[:.]/g, '-')}-${String(this.sequence++ % 1000).padStart(3, '0')}`;
    const name = `${stamp}-${slugify(message.subject)}.txt`;
    const file = join(this.directory, name);
    const partial = join(this.incoming, name);
    await writeFile(partial, renderMailFile(message, this.from, now), { flag: 'wx' });
    await rename(partial, file);
    const link = this.logLinks ? firstLink(message.text) : undefined;
    this.logger.log(`Mail written to ${file}${link ? `; link: ${link}` : ''}`);
  }
}
