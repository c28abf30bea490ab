import { z } from 'zod';

/*
 * zod 4 probes whether `new Function` works so it can compile faster validators. Under the app's
 * CSP (script-src 'self', no 'unsafe-eval') that probe is blocked and reported as a CSP violation on
 * every start. Jitless mode never probes; the validators are just as strict.
 * Imported first by main.tsx, before any schema parses anything.
 */
z.config({ jitless: true });
