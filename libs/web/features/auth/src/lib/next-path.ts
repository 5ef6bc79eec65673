export const SIGN_IN_PATH = '/sign-in';
export const REGISTER_PATH = '/register';
export { ACCOUNT_PATH } from '@videnbro/web-ui';
export const FORGOT_PASSWORD_PATH = '/forgot-password';
/** The pages that mailed links open (the API mails `/reset-password/<token>`, `/confirm-email/<token>`). */
export const RESET_PASSWORD_PATH = '/reset-password/:token';
export const CONFIRM_EMAIL_PATH = '/confirm-email/:token';

/** Where to sign in, coming back to `from` afterwards: `/sign-in?next=<path>`. */
export function signInPath(from?: { pathname: string; search?: string; hash?: string }): string {
  const next = from ? `${from.pathname}${from.search ?? ''}${from.hash ?? ''}` : '/';
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}

/** A `?next=` kept, if any, for a link between sign-in and registration. */
export function withNext(path: string, next: string): string {
  return next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`;
}

/**
 * The `next` parameter if it is a path on this site, else `/`. Never another origin (`//evil.dk`,
 * `/\evil.dk`, `https://…`), so the sign-in page cannot be used to send people elsewhere.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  const base = 'http://videnbro.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  if (url.pathname === SIGN_IN_PATH || url.pathname === REGISTER_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
