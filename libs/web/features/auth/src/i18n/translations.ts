import type { Messages, TranslationBundle } from '@videnbro/web-core';

const en = {
  fields: {
    name: 'Name',
    email: 'Email',
    password: 'Password',
    language: 'Language',
  },
  showPassword: 'Show password',
  validation: {
    nameRequired: 'Enter your name',
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter a valid email address, such as anna@firma.dk',
    passwordRequired: 'Enter your password',
    passwordTooShort: 'The password must be at least {{min}} characters ({{missing}} more to go)',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in to find partners for your needs and competencies.',
    submit: 'Sign in',
    noAccount: 'New to Videnbro?',
    createAccount: 'Create an account',
    forgotPassword: 'Forgot password?',
    invalidCredentials: 'Invalid email or password',
    tooManyAttempts: 'Too many sign-in attempts. Wait a few minutes, then try again.',
  },
  register: {
    title: 'Create an account',
    intro: 'Companies, knowledge institutions and clusters meet on Videnbro.',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
    passwordHint: 'At least {{min}} characters. Avoid common passwords.',
    languageHint: 'The language Videnbro uses with you',
    emailTaken: 'An account with this email address already exists',
  },
  signOut: {
    failed: 'You could not be signed out. Try again.',
  },
};

const da: Messages<typeof en> = {
  fields: {
    name: 'Navn',
    email: 'E-mail',
    password: 'Adgangskode',
    language: 'Sprog',
  },
  showPassword: 'Vis adgangskode',
  validation: {
    nameRequired: 'Skriv dit navn',
    emailRequired: 'Skriv din e-mailadresse',
    emailInvalid: 'Skriv en gyldig e-mailadresse, fx anna@firma.dk',
    passwordRequired: 'Skriv din adgangskode',
    passwordTooShort: 'Adgangskoden skal være på mindst {{min}} tegn (mangler {{missing}})',
  },
  signIn: {
    title: 'Log ind',
    intro: 'Log ind for at finde samarbejdspartnere til jeres behov og kompetencer.',
    submit: 'Log ind',
    noAccount: 'Ny på Videnbro?',
    createAccount: 'Opret konto',
    forgotPassword: 'Glemt adgangskode?',
    invalidCredentials: 'Forkert e-mail eller adgangskode',
    tooManyAttempts: 'For mange forsøg på at logge ind. Vent et par minutter, og prøv igen.',
  },
  register: {
    title: 'Opret konto',
    intro: 'Virksomheder, videninstitutioner og klynger mødes på Videnbro.',
    submit: 'Opret konto',
    haveAccount: 'Har du allerede en konto?',
    signIn: 'Log ind',
    passwordHint: 'Mindst {{min}} tegn. Undgå almindelige adgangskoder.',
    languageHint: 'Det sprog, Videnbro bruger over for dig',
    emailTaken: 'Der findes allerede en konto med denne e-mailadresse',
  },
  signOut: {
    failed: 'Du kunne ikke logges ud. Prøv igen.',
  },
};

/** The `auth` namespace. */
export const authTranslations = {
  namespace: 'auth',
  resources: { da, en },
} as const satisfies TranslationBundle;
