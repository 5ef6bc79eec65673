/** Where the setup project saves signed-in sessions for the tests to reuse. */
export const SME_SESSION = 'dist/e2e/.auth/sme.json';
