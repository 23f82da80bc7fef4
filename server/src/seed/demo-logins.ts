/** The demo accounts the seed creates, printed at start-up. Filled in once sign-in exists. */
export const DEMO_LOGINS: { role: string; username: string; password: string }[] = [];
