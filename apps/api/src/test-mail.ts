import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SentMail {
  to: string;
  subject: string;
  /** The whole file: headers, text and html. */
  body: string;
  /** The file's name (it starts with the time the message was written). */
  file: string;
}

/** The messages the development transport wrote under `<dataDir>/mail`, oldest first. */
export async function readMails(dataDir: string): Promise<SentMail[]> {
  const dir = join(dataDir, 'mail');
  const files = (await readdir(dir).catch(() => [] as string[])).sort();
  return Promise.all(
    files.map(async (file) => {
      const content = await readFile(join(dir, file), 'utf8');
      const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(content)?.[1] ?? '';
      return { to: header('To'), subject: header('Subject'), body: content, file };
    }),
  );
}

/**
 * The messages to an address, once `count` of them have arrived: account mails leave after the answer,
 * so a test waits for the file rather than for a time.
 */
export async function mailsTo(dataDir: string, to: string, count = 1): Promise<SentMail[]> {
  for (;;) {
    const found = (await readMails(dataDir)).filter((mail) => mail.to === to);
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The token of the first link to `path` (e.g. `/reset-password/`) in a mail. */
export function linkToken(mail: SentMail, path: string): string {
  const match = new RegExp(`${path}([A-Za-z0-9_-]+)`).exec(mail.body);
  if (!match) throw new Error(`no ${path} link in ${mail.body}`);
  return match[1];
}
