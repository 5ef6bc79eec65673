import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileMailTransport, firstLink, renderMailFile, slugify } from './file-mail.transport';

describe('firstLink', () => {
  it('finds the first http(s) link and stops at whitespace and brackets', () => {
    expect(firstLink('Open http://localhost:3000/invitations/abc_-1 to join, or https://x.dk')).toBe(
      'http://localhost:3000/invitations/abc_-1',
    );
    expect(firstLink('<a href="https://videnbro.dk/x">here</a>')).toBe('https://videnbro.dk/x');
    expect(firstLink('no link here')).toBeUndefined();
  });
});

describe('slugify', () => {
  it('makes a short file-name-safe slug, Danish letters included', () => {
    expect(slugify('Du er inviteret til Ærø Å/S')).toBe('du-er-inviteret-til-aeroe-aa-s');
    expect(slugify('Café René!')).toBe('cafe-rene');
    expect(slugify('!!!')).toBe('message');
    expect(slugify('a'.repeat(80))).toHaveLength(50);
  });
});

describe('renderMailFile', () => {
  it('writes headers, the text and the html', () => {
    const file = renderMailFile(
      { to: 'a@b.dk', subject: 'Hej', text: 'Tekst\n', html: '<p>Tekst</p>' },
      'Videnbro <no-reply@videnbro.dk>',
      new Date('2026-03-01T10:00:00Z'),
    );
    expect(file).toBe(
      [
        'From: Videnbro <no-reply@videnbro.dk>',
        'To: a@b.dk',
        'Subject: Hej',
        'Date: Sun, 01 Mar 2026 10:00:00 GMT',
        '',
        'Tekst',
        '',
        '----- html -----',
        '<p>Tekst</p>',
        '',
      ].join('\n'),
    );
  });
});

describe('FileMailTransport', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'videnbro-mail-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('writes one readable file per message under <dataDir>/mail, in sending order', async () => {
    const transport = new FileMailTransport(dataDir, 'Videnbro <no-reply@videnbro.dk>');
    await transport.send({ to: 'a@b.dk', subject: 'Første', text: 'Se https://videnbro.dk/1' });
    await transport.send({ to: 'c@d.dk', subject: 'Anden', text: 'Se https://videnbro.dk/2' });
    const files = (await readdir(join(dataDir, 'mail'))).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-000-foerste\.txt$/);
    expect(files[1]).toMatch(/-001-anden\.txt$/);
    const second = await readFile(join(dataDir, 'mail', files[1]), 'utf8');
    expect(second).toContain('To: c@d.dk');
    expect(second).toContain('Se https://videnbro.dk/2');
  });

  it('moves each message in whole, leaving nothing where it was written', async () => {
    const transport = new FileMailTransport(dataDir, 'Videnbro <no-reply@videnbro.dk>');
    await transport.send({ to: 'a@b.dk', subject: 'Hej', text: 'Tekst' });
    expect(await readdir(join(dataDir, '.mail-incoming'))).toEqual([]);
    expect(await readdir(join(dataDir, 'mail'))).toHaveLength(1);
  });
});
