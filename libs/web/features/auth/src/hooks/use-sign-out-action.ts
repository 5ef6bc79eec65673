import { useSignOut } from '@videnbro/web-core';
import { useNavigate } from 'react-router-dom';
import { SIGN_IN_PATH } from '../lib/next-path';

/**
 * Signs out and goes to the sign-in page at once, so that no protected page is left to send the user
 * to sign in and back (a deliberate sign-out does not return). The sign-in page waits for the sign-out
 * to finish; if it fails, the user is still signed in and sent on to the overview.
 */
export function useSignOutAction() {
  const navigate = useNavigate();
  const { mutate, isPending, error } = useSignOut();
  const signOut = () => {
    mutate();
    void navigate(SIGN_IN_PATH, { replace: true });
  };
  return { signOut, isPending, error };
}
