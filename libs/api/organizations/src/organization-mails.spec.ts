import { invitationMail, joinRequestMail } from './organization-mails';

describe('invitationMail', () => {
  const base = {
    to: 'bo@firma.dk',
    organizationName: 'Fjord <Mejeri> & Co',
    inviterName: 'Anna',
    role: 'admin' as const,
    link: 'http://localhost:3000/invitations/abc',
    expiresAt: new Date('2026-03-08T12:00:00Z'),
  };

  it('writes Danish with the link and the expiry date', () => {
    const mail = invitationMail({ ...base, locale: 'da' });
    expect(mail.subject).toBe('Du er inviteret til Fjord <Mejeri> & Co på Videnbro');
    expect(mail.text).toContain(
      'Anna har inviteret dig til Fjord <Mejeri> & Co på Videnbro som administrator.',
    );
    expect(mail.text).toContain('\nhttp://localhost:3000/invitations/abc\n');
    expect(mail.text).toContain('udløber 8. marts 2026');
  });

  it('writes English, and escapes names in the html', () => {
    const mail = invitationMail({ ...base, locale: 'en' });
    expect(mail.subject).toBe('You are invited to Fjord <Mejeri> & Co on Videnbro');
    expect(mail.text).toContain('as an admin');
    expect(invitationMail({ ...base, locale: 'en', role: 'owner' }).text).toContain('as an owner.');
    expect(invitationMail({ ...base, locale: 'en', role: 'member' }).text).toContain('as a member.');
    expect(mail.text).toContain('expires on 8 March 2026');
    expect(mail.html).toContain('Fjord &lt;Mejeri&gt; &amp; Co');
    expect(mail.html).toContain('<a href="http://localhost:3000/invitations/abc">');
  });
});

describe('joinRequestMail', () => {
  it('names the requester and quotes the message, in the admin language', () => {
    const mail = joinRequestMail({
      to: 'admin@firma.dk',
      locale: 'en',
      organizationName: 'Fjordmejeriet',
      requesterName: 'Carl',
      requesterEmail: 'carl@firma.dk',
      message: 'I run the lab.',
      link: 'http://localhost:3000/organizations/1/join-requests',
    });
    expect(mail.subject).toBe('Carl asks to join Fjordmejeriet');
    expect(mail.text).toContain('Carl (carl@firma.dk) has asked');
    expect(mail.text).toContain('Message: I run the lab.');
    const danish = joinRequestMail({
      to: 'admin@firma.dk',
      locale: 'da',
      organizationName: 'Fjordmejeriet',
      requesterName: 'Carl',
      requesterEmail: 'carl@firma.dk',
      message: null,
      link: 'http://x.dk/y',
    });
    expect(danish.subject).toBe('Carl vil gerne være med i Fjordmejeriet');
    expect(danish.text).not.toContain('Besked');
  });
});
