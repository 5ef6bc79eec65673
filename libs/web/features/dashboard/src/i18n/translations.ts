import type { Messages, TranslationBundle } from '@videnbro/web-core';

const en = {
  title: 'Overview',
  welcome: 'Welcome, {{name}}',
  intro:
    'Find partners for research and innovation, publish what you need or offer, and follow what comes of it.',
  areasHeading: 'Your areas',
  open: 'Open {{area}}',
  comingSoon: 'Coming soon',
  areas: {
    search: 'Search companies, knowledge institutions, needs and competencies across Denmark.',
    needs:
      "Describe your company's needs and get ranked matches with knowledge institutions, each with its reasons.",
    competencies:
      'Publish research expertise, test facilities, student collaboration and continuing education.',
    cases: 'Follow introductions from suggestion to meeting, agreement and funding.',
    activities: "Log the cluster's activities, their participants and co-funding.",
    statistics: 'Read the programme statistics per cluster and period, as tables, charts and CSV.',
  },
  links: {
    needs: { mine: 'My needs', new: 'Post a need', find: 'Find open needs' },
    competencies: { mine: 'My competencies', new: 'Publish a competence', find: 'Find competencies' },
  },
  empty: {
    title: 'Nothing to show yet',
    text: 'Your needs, competencies and introductions will be listed here once you have created them.',
  },
};

const da: Messages<typeof en> = {
  title: 'Oversigt',
  welcome: 'Velkommen, {{name}}',
  intro:
    'Find partnere til forskning og innovation, offentliggør hvad I har brug for eller tilbyder, og følg hvad der kommer ud af det.',
  areasHeading: 'Dine områder',
  open: 'Åbn {{area}}',
  comingSoon: 'Kommer snart',
  areas: {
    search: 'Søg efter virksomheder, videninstitutioner, behov og kompetencer i hele Danmark.',
    needs:
      'Beskriv virksomhedens behov, og få rangerede match med videninstitutioner, hver med sin begrundelse.',
    competencies:
      'Udbyd forskningsekspertise, testfaciliteter, samarbejde med studerende samt efter- og videreuddannelse.',
    cases: 'Følg introduktioner fra forslag over møde og aftale til finansiering.',
    activities: 'Registrér klyngens aktiviteter, deltagerne i dem og medfinansieringen.',
    statistics: 'Se programmets statistik for hver klynge og periode som tabeller, grafer og CSV.',
  },
  links: {
    needs: { mine: 'Mine behov', new: 'Opret et behov', find: 'Find åbne behov' },
    competencies: { mine: 'Mine kompetencer', new: 'Udbyd en kompetence', find: 'Find kompetencer' },
  },
  empty: {
    title: 'Intet at vise endnu',
    text: 'Dine behov, kompetencer og introduktioner bliver vist her, når du har oprettet dem.',
  },
};

/** The `dashboard` namespace. */
export const dashboardTranslations = {
  namespace: 'dashboard',
  resources: { da, en },
} as const satisfies TranslationBundle;
