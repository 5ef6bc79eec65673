const en = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  toggleNavigation: 'Show or hide the navigation',
  areas: {
    overview: 'Overview',
    search: 'Search',
    needs: 'Needs',
    competencies: 'Competencies',
    cases: 'Cases',
    activities: 'Activities',
    statistics: 'Statistics',
  },
  userMenu: {
    label: 'User menu for {{name}}',
    signedInAs: 'Signed in as {{email}}',
    organizations: 'My organisations',
    account: 'Account',
    signOut: 'Sign out',
  },
  loading: 'Loading…',
  error: { title: 'Something went wrong' },
  export: {
    csv: 'CSV',
    xlsx: 'XLSX',
    csvLabel: 'Export {{label}} as CSV',
    xlsxLabel: 'Export {{label}} as XLSX (Excel)',
    failed: 'The export failed. Try again.',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist, or it has moved.',
    home: 'Go to the front page',
  },
};

// web-ui may depend on ui and util libraries only, so not on web-core's `Messages`: the same shape.
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

const da: Messages<typeof en> = {
  skipToContent: 'Spring til indhold',
  mainNavigation: 'Hovedmenu',
  toggleNavigation: 'Vis eller skjul menuen',
  areas: {
    overview: 'Oversigt',
    search: 'Søg',
    needs: 'Behov',
    competencies: 'Kompetencer',
    cases: 'Sager',
    activities: 'Aktiviteter',
    statistics: 'Statistik',
  },
  userMenu: {
    label: 'Brugermenu for {{name}}',
    signedInAs: 'Logget ind som {{email}}',
    organizations: 'Mine organisationer',
    account: 'Konto',
    signOut: 'Log ud',
  },
  loading: 'Indlæser …',
  error: { title: 'Der opstod en fejl' },
  export: {
    csv: 'CSV',
    xlsx: 'XLSX',
    csvLabel: 'Eksportér {{label}} som CSV',
    xlsxLabel: 'Eksportér {{label}} som XLSX (Excel)',
    failed: 'Eksporten mislykkedes. Prøv igen.',
  },
  notFound: {
    title: 'Siden blev ikke fundet',
    text: 'Siden, du leder efter, findes ikke, eller den er flyttet.',
    home: 'Gå til forsiden',
  },
};

/** The `ui` namespace: texts of the layout and the shared components. */
export const uiTranslations = { namespace: 'ui', resources: { da, en } } as const;
