import { DEMO_LOGINS } from './demo-logins.js';

/** What a person needs after `pnpm start`: where to go and how to sign in. */
export function printBanner(info: { port: number; embedded: boolean; seeded: boolean }): void {
  const url = `http://localhost:${info.port}`;
  const lines = [
    '',
    `  Kinerja is running at ${url}/`,
    `  GraphQL endpoint:     ${url}/graphql`,
    `  Database:             ${info.embedded ? 'embedded PostgreSQL (.data/postgres)' : 'DATABASE_URL'}${info.seeded ? ', demo data seeded now' : ''}`,
    '',
  ];
  if (DEMO_LOGINS.length > 0) {
    lines.push('  Demo logins (password for all: see below):');
    for (const login of DEMO_LOGINS) lines.push(`    ${login.role.padEnd(16)} ${login.username}  /  ${login.password}`);
    lines.push('');
  }
  process.stdout.write(lines.join('\n') + '\n');
}
