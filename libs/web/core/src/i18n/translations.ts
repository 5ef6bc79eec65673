import type { Messages, TranslationBundle } from './translation-bundle';

const en = {
  errors: {
    network: 'Could not reach Videnbro. Check your connection and try again.',
    unexpected: 'Something went wrong. Please try again.',
  },
  actions: {
    reload: 'Reload the page',
  },
};

const da: Messages<typeof en> = {
  errors: {
    network: 'Kunne ikke få forbindelse til Videnbro. Tjek din forbindelse, og prøv igen.',
    unexpected: 'Noget gik galt. Prøv venligst igen.',
  },
  actions: {
    reload: 'Genindlæs siden',
  },
};

/** The `common` namespace: texts that the data-access layer itself produces. */
export const commonTranslations = {
  namespace: 'common',
  resources: { da, en },
} as const satisfies TranslationBundle;
