import type { TestProject } from 'vitest/node';
import { prepareSeededSource } from './server';

/** Seeds the demo office once for all browser test files (see prepareSeededSource). */
export default async function setup(project: TestProject) {
  const { source, dispose } = await prepareSeededSource();
  project.provide('seededSource', source);
  return dispose;
}
