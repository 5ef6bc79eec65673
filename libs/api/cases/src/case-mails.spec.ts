import { introductionProposedMail } from './case-mails';

const mail = {
  to: 'olga@mejeri.dk',
  recipientName: 'Olga',
  organizationName: 'Fjordmejeriet ApS',
  counterpartName: 'Vestjysk Universitet',
  subject: 'Predicting illness <in> dairy cows',
  clusterName: 'Food & Bio Cluster',
  link: 'https://videnbro.dk/case-consents/abc.def',
  expiresAt: new Date('2026-12-11T10:00:00Z'),
};

describe('introductionProposedMail', () => {
  it('speaks Danish to a Danish recipient, with the link and its expiry', () => {
    const message = introductionProposedMail({ ...mail, locale: 'da' });
    expect(message.to).toBe('olga@mejeri.dk');
    expect(message.subject).toBe(
      'Food & Bio Cluster foreslår at introducere Fjordmejeriet ApS for Vestjysk Universitet',
    );
    expect(message.text).toContain('Hej Olga');
    expect(message.text).toContain('om "Predicting illness <in> dairy cows".');
    expect(message.text).toContain(`\n${mail.link}\n`);
    expect(message.text).toContain('udløber 11. december 2026');
    expect(message.html).toContain(`<a href="${mail.link}">`);
    expect(message.html).toContain('&lt;in&gt;');
  });

  it('speaks English to an English recipient, and leaves out a missing subject', () => {
    const message = introductionProposedMail({ ...mail, locale: 'en', subject: null });
    expect(message.subject).toBe(
      'Food & Bio Cluster proposes to introduce Fjordmejeriet ApS to Vestjysk Universitet',
    );
    expect(message.text).toContain('introduce Fjordmejeriet ApS to Vestjysk Universitet.');
    expect(message.text).toContain('expires on 11 December 2026');
  });
});
