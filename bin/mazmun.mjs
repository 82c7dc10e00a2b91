#!/usr/bin/env node
// The `mazmun` command: the plain-JavaScript bundle of cli/ when it is up to date (built by
// `npm run build` and at install), else the TypeScript sources through tsx — slower to start,
// same behaviour, nothing printed about it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundle } from './cli-entry.mjs';

const bundle = freshBundle(fileURLToPath(new URL('..', import.meta.url)));
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
