#!/usr/bin/env node
// The `newsdesk` command. tsx compiles the TypeScript sources on the fly; the
// tsconfig is named explicitly so the @shared alias resolves from any folder.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { runCli } = await import('./runCli.ts');
process.exitCode = await runCli(process.argv.slice(2));
