#!/usr/bin/env node
// The `mazmun` command. The CLI is TypeScript run through tsx, so no build step stands between
// a checkout and a working command.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
