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
  matches: {
    title: {
      need: 'Matches',
      competence: 'Matching needs',
      organization: 'Matching partners',
    },
    intro: {
      need: 'Knowledge institutions and competencies, ranked by how well they fit this need.',
      competence: 'Needs of companies that this competence could meet, best first.',
      organization: "Organisations whose postings fit this organisation's, best first.",
    },
    group: {
      label: 'Rank',
      organization: 'Institutions',
      competence: 'Competencies',
    },
    loading: 'Finding matches…',
    none: 'No matches yet. They appear as more is published.',
    score: '{{score}} match',
    why: 'Why it fits',
    best: {
      competence: 'Its best competencies for this',
      need: 'Its best needs for this',
    },
    reasons: {
      tags: 'Keywords in common: {{list}}',
      terms: 'Words in common: {{list}}',
      formats: 'Forms of collaboration both want: {{list}}',
      partnerKind: 'Is the kind of partner sought',
      otherKind: 'Is not among the kinds of partner sought',
      region: 'Both are in {{region}}',
      experience: '{{inField}} of its {{total}} postings are in the same fields',
      clusters: 'Both are members of {{list}}',
    },
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
  matches: {
    title: {
      need: 'Match',
      competence: 'Behov, der passer',
      organization: 'Partnere, der passer',
    },
    intro: {
      need: 'Videninstitutioner og kompetencer, rangeret efter hvor godt de passer til behovet.',
      competence: 'Virksomheders behov, som kompetencen kan dække, bedste først.',
      organization: 'Organisationer, hvis opslag passer til denne organisations, bedste først.',
    },
    group: {
      label: 'Rangér',
      organization: 'Institutioner',
      competence: 'Kompetencer',
    },
    loading: 'Finder match …',
    none: 'Ingen match endnu. De kommer, efterhånden som mere bliver offentliggjort.',
    score: '{{score}} match',
    why: 'Derfor passer det',
    best: {
      competence: 'Dens bedste kompetencer til dette',
      need: 'Dens bedste behov til dette',
    },
    reasons: {
      tags: 'Fælles nøgleord: {{list}}',
      terms: 'Fælles ord: {{list}}',
      formats: 'Samarbejdsformer, begge ønsker: {{list}}',
      partnerKind: 'Er den type partner, der søges',
      otherKind: 'Er ikke blandt de typer partnere, der søges',
      region: 'Begge ligger i {{region}}',
      experience: '{{inField}} af organisationens {{total}} opslag er inden for de samme områder',
      clusters: 'Begge er medlemmer af {{list}}',
    },
  },
};

/** The `search` namespace. */
export const searchTranslations = {
  namespace: 'search',
  resources: { da, en },
} as const satisfies TranslationBundle;
