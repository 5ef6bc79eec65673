import { NOTIFICATION_KIND_IDS } from '@videnbro/domain';
import { digestMail, headline, notificationMail } from './notification-mails';
import type { MailedNotification } from './notification-mails';
import { copenhagen } from './notification-mailer';

const caseParams = {
  company: 'Fjordmejeriet ApS',
  institution: 'Vestjysk Universitet',
  cluster: 'Food & Bio Cluster',
};
const examples: Record<string, MailedNotification> = {
  case_assigned: { kind: 'case_assigned', params: { ...caseParams, via: 'created' }, link: '/cases/1' },
  introduction_proposed: {
    kind: 'introduction_proposed',
    params: { ...caseParams, party: 'company', subject: null },
    link: '/cases/1',
  },
  consent_answered: {
    kind: 'consent_answered',
    params: { ...caseParams, party: 'institution', decision: 'declined' },
    link: '/cases/1',
  },
  stage_changed: {
    kind: 'stage_changed',
    params: { ...caseParams, from: 'introduced', to: 'meeting_held' },
    link: '/cases/1',
  },
  message: { kind: 'message', params: { ...caseParams, party: null }, link: '/cases/1' },
  saved_search_match: {
    kind: 'saved_search_match',
    params: {
      savedSearchName: 'Sensors',
      postingType: 'need',
      title: 'Cow sensors',
      organizationName: 'Mejeri',
    },
    link: '/needs/9',
  },
};

describe('notification mails', () => {
  it('say what happened in Danish and English for every kind', () => {
    expect(NOTIFICATION_KIND_IDS.map((kind) => headline(examples[kind], 'en'))).toEqual([
      'New case for Food & Bio Cluster: Fjordmejeriet ApS ↔ Vestjysk Universitet',
      'Food & Bio Cluster proposes to introduce Fjordmejeriet ApS to Vestjysk Universitet',
      'Vestjysk Universitet declined the introduction (Fjordmejeriet ApS ↔ Vestjysk Universitet)',
      'The case Fjordmejeriet ApS ↔ Vestjysk Universitet moved from introduced to meeting held',
      'New message in the case Fjordmejeriet ApS ↔ Vestjysk Universitet',
      'New match for "Sensors": Cow sensors (Mejeri)',
    ]);
    expect(NOTIFICATION_KIND_IDS.map((kind) => headline(examples[kind], 'da'))).toEqual([
      'Ny sag til Food & Bio Cluster: Fjordmejeriet ApS ↔ Vestjysk Universitet',
      'Food & Bio Cluster foreslår at introducere Fjordmejeriet ApS for Vestjysk Universitet',
      'Vestjysk Universitet har sagt nej tak til introduktionen (Fjordmejeriet ApS ↔ Vestjysk Universitet)',
      'Sagen Fjordmejeriet ApS ↔ Vestjysk Universitet er flyttet fra introduceret til møde holdt',
      'Ny besked i sagen Fjordmejeriet ApS ↔ Vestjysk Universitet',
      'Nyt fund til "Sensors": Cow sensors (Mejeri)',
    ]);
  });

  it('link to the thing on the public URL, with the html link clickable', () => {
    const mail = notificationMail(
      { email: 'eve@x.dk', name: 'Eve', locale: 'en' },
      examples.message,
      'https://videnbro.dk',
    );
    expect(mail.to).toBe('eve@x.dk');
    expect(mail.text).toContain('Hello Eve');
    expect(mail.html).toContain('<a href="https://videnbro.dk/cases/1">');
  });

  it('list a digest’s items, an introduction proposal to be answered in the app', () => {
    const mail = digestMail(
      { email: 'hal@x.dk', name: 'Hal', locale: 'da' },
      [examples.introduction_proposed, examples.saved_search_match],
      'https://videnbro.dk',
    );
    expect(mail.subject).toBe('Videnbro: 2 nye notifikationer');
    expect(mail.text).toContain('Vestjysk Universitet. Svar i appen.\n  https://videnbro.dk/cases/1');
    expect(mail.text).toContain('https://videnbro.dk/needs/9');
  });

  it('count days and hours in Copenhagen time (summer and winter)', () => {
    expect(copenhagen(new Date('2026-12-01T06:30:00Z'))).toEqual({ day: '2026-12-01', hour: 7 });
    expect(copenhagen(new Date('2026-07-01T22:30:00Z'))).toEqual({ day: '2026-07-02', hour: 0 });
  });
});
