import type { Messages, TranslationBundle } from '@videnbro/web-core';

const en = {
  title: 'Account',
  intro: 'Your password, your email address and your personal data.',
  done: 'Done',
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    submit: 'Change password',
    changed: 'Your password is changed. You are signed out everywhere else.',
  },
  email: {
    title: 'Change email address',
    current: 'Your address now: {{email}}',
    new: 'New email address',
    password: 'Your password, to confirm',
    submit: 'Send confirmation link',
    sent: 'If the new address can be used, a confirmation link is on its way to it. Your address changes when you open the link.',
  },
  data: {
    title: 'Your personal data',
    intro: 'Download everything Videnbro stores about you as a JSON file.',
    download: 'Download my data',
  },
  delete: {
    title: 'Delete account',
    intro:
      'Your name, email address and sign-ins are erased. What you wrote for your organisations stays, marked "Deleted user". This cannot be undone.',
    open: 'Delete my account…',
    dialogTitle: 'Delete your account?',
    dialogText: 'Enter your password to confirm. You will be signed out.',
    password: 'Password',
    confirm: 'Delete account',
    cancel: 'Cancel',
    soleOwner:
      'You are the only owner of an organisation. Make another member owner first (under My organisations), then delete your account.',
  },
  wrongPassword: 'The password is not correct',
  forgot: {
    title: 'Forgot your password?',
    intro: 'Enter the email address of your account. We will mail you a link to choose a new password.',
    email: 'Email',
    submit: 'Send link',
    sent: 'If an account uses this address, a link to reset its password is on its way. The link works for one hour.',
    backToSignIn: 'Back to sign in',
  },
  reset: {
    title: 'Choose a new password',
    password: 'New password',
    submit: 'Set password',
    done: 'Your password is set. You were signed out everywhere; sign in with the new password.',
    signIn: 'Sign in',
  },
  confirmEmail: {
    title: 'Confirm your new email address',
    intro: 'Confirm to use this address for your Videnbro account from now on.',
    submit: 'Confirm address',
    done: 'Your account now uses the new address.',
    taken: 'This address has been taken by another account meanwhile. Ask for a change to another address.',
    toAccount: 'Go to your account',
  },
  invalidLink: 'This link is invalid, used or expired.',
  newLink: 'Ask for a new link',
};

const da: Messages<typeof en> = {
  title: 'Konto',
  intro: 'Din adgangskode, din e-mailadresse og dine personoplysninger.',
  done: 'Færdig',
  password: {
    title: 'Skift adgangskode',
    current: 'Nuværende adgangskode',
    new: 'Ny adgangskode',
    submit: 'Skift adgangskode',
    changed: 'Din adgangskode er skiftet. Du er logget ud alle andre steder.',
  },
  email: {
    title: 'Skift e-mailadresse',
    current: 'Din adresse nu: {{email}}',
    new: 'Ny e-mailadresse',
    password: 'Din adgangskode, som bekræftelse',
    submit: 'Send bekræftelseslink',
    sent: 'Kan den nye adresse bruges, er et bekræftelseslink på vej til den. Adressen skiftes, når du åbner linket.',
  },
  data: {
    title: 'Dine personoplysninger',
    intro: 'Hent alt, hvad Videnbro gemmer om dig, som en JSON-fil.',
    download: 'Hent mine data',
  },
  delete: {
    title: 'Slet konto',
    intro:
      'Dit navn, din e-mailadresse og dine logins slettes. Det, du har skrevet for dine organisationer, bliver stående, markeret "Slettet bruger". Det kan ikke fortrydes.',
    open: 'Slet min konto …',
    dialogTitle: 'Slet din konto?',
    dialogText: 'Skriv din adgangskode for at bekræfte. Du bliver logget ud.',
    password: 'Adgangskode',
    confirm: 'Slet konto',
    cancel: 'Annuller',
    soleOwner:
      'Du er eneste ejer af en organisation. Gør et andet medlem til ejer først (under Mine organisationer), og slet så din konto.',
  },
  wrongPassword: 'Adgangskoden er forkert',
  forgot: {
    title: 'Glemt din adgangskode?',
    intro: 'Skriv e-mailadressen på din konto. Vi sender dig et link, så du kan vælge en ny adgangskode.',
    email: 'E-mail',
    submit: 'Send link',
    sent: 'Bruges adressen af en konto, er et link til at nulstille adgangskoden på vej. Linket virker i en time.',
    backToSignIn: 'Tilbage til log ind',
  },
  reset: {
    title: 'Vælg en ny adgangskode',
    password: 'Ny adgangskode',
    submit: 'Gem adgangskode',
    done: 'Din adgangskode er gemt. Du er logget ud alle steder; log ind med den nye adgangskode.',
    signIn: 'Log ind',
  },
  confirmEmail: {
    title: 'Bekræft din nye e-mailadresse',
    intro: 'Bekræft for at bruge denne adresse til din konto på Videnbro fremover.',
    submit: 'Bekræft adresse',
    done: 'Din konto bruger nu den nye adresse.',
    taken: 'Adressen er i mellemtiden taget af en anden konto. Bed om at skifte til en anden adresse.',
    toAccount: 'Gå til din konto',
  },
  invalidLink: 'Linket er ugyldigt, brugt eller udløbet.',
  newLink: 'Bed om et nyt link',
};

/** The `account` namespace: the account page and the password-reset and email-confirmation pages. */
export const accountTranslations = {
  namespace: 'account',
  resources: { da, en },
} as const satisfies TranslationBundle;
