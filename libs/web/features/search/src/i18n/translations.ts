import type { Messages, TranslationBundle } from '@videnbro/web-core';

const en = {
  title: 'Search',
  intro: 'Find needs, competencies, companies and knowledge institutions across Denmark.',
  box: {
    label: 'Search for',
    placeholder: 'e.g. robot welding, food safety, machine learning',
    clear: 'Clear the search box',
  },
  types: {
    label: 'Show',
    all: 'All',
    need: 'Needs',
    competence: 'Competencies',
    organization: 'Organisations',
  },
  type: {
    need: 'Need',
    competence: 'Competence',
    organization: 'Organisation',
  },
  facets: {
    title: 'Filters',
    kind: 'Kind of organisation',
    region: 'Region',
    formats: 'Forms of collaboration',
    tags: 'Keywords',
    cluster: 'Cluster',
    anyCluster: 'Any cluster',
    option: '{{label}} ({{count}})',
    clear: 'Clear the filters',
  },
  results: {
    list: 'Search results',
    count_one: '{{count}} result',
    count_other: '{{count}} results',
    timing: 'in {{ms}} ms',
    updating: 'Updating the results…',
    searching: 'Searching…',
    publishedBy: 'By {{name}}',
    pages: 'Result pages',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
  },
  empty: {
    title: 'Nothing found',
    query: 'No results for “{{q}}”. Check the spelling, try other or fewer words, or clear the filters.',
    filters: 'Nothing matches these filters.',
  },
  error: {
    title: 'The search failed',
    retry: 'Try again',
  },
};

const da: Messages<typeof en> = {
  title: 'Søg',
  intro: 'Find behov, kompetencer, virksomheder og videninstitutioner i hele Danmark.',
  box: {
    label: 'Søg efter',
    placeholder: 'fx robotsvejsning, fødevaresikkerhed, maskinlæring',
    clear: 'Ryd søgefeltet',
  },
  types: {
    label: 'Vis',
    all: 'Alle',
    need: 'Behov',
    competence: 'Kompetencer',
    organization: 'Organisationer',
  },
  type: {
    need: 'Behov',
    competence: 'Kompetence',
    organization: 'Organisation',
  },
  facets: {
    title: 'Filtre',
    kind: 'Type organisation',
    region: 'Region',
    formats: 'Samarbejdsformer',
    tags: 'Nøgleord',
    cluster: 'Klynge',
    anyCluster: 'Alle klynger',
    option: '{{label}} ({{count}})',
    clear: 'Ryd filtrene',
  },
  results: {
    list: 'Søgeresultater',
    count_one: '{{count}} resultat',
    count_other: '{{count}} resultater',
    timing: 'på {{ms}} ms',
    updating: 'Opdaterer resultaterne …',
    searching: 'Søger …',
    publishedBy: 'Fra {{name}}',
    pages: 'Resultatsider',
    first: 'Første side',
    previous: 'Forrige side',
    next: 'Næste side',
    last: 'Sidste side',
  },
  empty: {
    title: 'Intet fundet',
    query: 'Ingen resultater for “{{q}}”. Tjek stavningen, prøv andre eller færre ord, eller ryd filtrene.',
    filters: 'Intet passer til disse filtre.',
  },
  error: {
    title: 'Søgningen mislykkedes',
    retry: 'Prøv igen',
  },
};

/** The `search` namespace. */
export const searchTranslations = {
  namespace: 'search',
  resources: { da, en },
} as const satisfies TranslationBundle;
