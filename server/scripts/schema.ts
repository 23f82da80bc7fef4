// Writes the GraphQL SDL from the built schema (`write`) or fails when the committed file is stale (`check`).
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from '../src/app/schema.js';

const sdlPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export async function currentSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}

const mode = process.argv[2];
const sdl = await currentSdl();
if (mode === 'write') {
  await writeFile(sdlPath, sdl);
  console.log(`wrote ${sdlPath}`);
} else if (mode === 'check') {
  const committed = await readFile(sdlPath, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error('server/schema.graphql is stale: run `pnpm run generate` and commit the result.');
    process.exit(1);
  }
  console.log('server/schema.graphql is up to date');
} else {
  console.error('usage: schema.ts write|check');
  process.exit(2);
}
