import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.js';

/** What a person needs after `pnpm start`: where to go and how to sign in. */
export function printBanner(info: { port: number; database: string; seeded: boolean }): void {
  const url = `http://localhost:${info.port}`;
  const lines = [
    '',
    `  Kinerja is running at ${url}/`,
    `  GraphQL endpoint:     ${url}/graphql`,
    `  Database:             ${info.database}${info.seeded ? ' (demo data seeded now)' : ''}`,
    '',
    `  Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map((login) => `    ${login.username.padEnd(18)} ${login.role}`),
    '    (every other employee: NIP as username)',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
