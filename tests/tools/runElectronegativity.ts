/**
 * `tsx tests/tools/runElectronegativity.ts`: runs Electronegativity (Doyensec's
 * Electron security linter) over electron/, prints every finding, and exits 1
 * when any is of MEDIUM severity or above (2 when the tool itself failed).
 *
 * A finding is silenced only where it is a proven false positive, by an inline
 * `eng-disable CHECK_ID -- reason` comment on the line the tool reports (the
 * tool reads the reported line and the file's first line for these comments).
 *
 * It calls the tool's own runner (the package's main export) rather than its CLI:
 * the CLI can only hand findings over as a CSV file, which it writes with two
 * unsynchronised async writes (header, then rows), so now and then the header
 * lands over the first row and the file is torn. The runner returns the findings
 * as objects, with their severity, and leaves nothing to race.
 *
 * Two options keep it offline and reproducible:
 * - excluding AvailableSecurityFixesGlobalCheck: that global check downloads Electron's
 *   release notes from GitHub to list fixes newer than the version in use. There is
 *   no network here (nor in CI); instead the Electron version is pinned in
 *   package.json and checked by electron/build/electronBuilderConfig.test.ts.
 * - `electronVersionOverride`: the installed Electron's version, so the checks judge each
 *   webPreference against that version's defaults (the tool would otherwise assume
 *   the oldest, least secure defaults, since the input folder has no package.json).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of the runner's answer this script reads (the package ships no types). */
interface RunnerIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
  manualReview?: boolean;
}
interface RunnerError {
  file: string;
  message: string;
  tolerable: boolean;
}
interface RunnerResult {
  globalChecks: number;
  atomicChecks: number;
  errors: RunnerError[];
  issues: RunnerIssue[];
}
type Runner = (options: Record<string, unknown>) => Promise<RunnerResult>;

const SEVERITY_RANK: Readonly<Record<string, number>> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const BLOCKING_RANK = SEVERITY_RANK.MEDIUM ?? 2;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

function isRunnerResult(value: unknown): value is RunnerResult {
  const r = value as Partial<RunnerResult> | null;
  return typeof r === 'object' && r !== null && Array.isArray(r.issues) && Array.isArray(r.errors) && typeof r.atomicChecks === 'number';
}

async function main(): Promise<number> {
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const run = require('@doyensec/electronegativity') as Runner;
  console.log(`Electronegativity on electron/ (Electron ${electronVersion})`);
  const result: unknown = await run({
    input: join(repoRoot, 'electron'),
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
  });
  if (!isRunnerResult(result) || result.atomicChecks === 0) {
    console.error('Electronegativity answered with no checks run or in an unknown shape; no findings could be read:', result);
    return 2;
  }
  // A file the tool could not parse is a file nobody checked: that fails the run, as the tool failing would.
  const unparsed = result.errors.filter((e) => !e.tolerable);
  for (const e of result.errors) console.error(`${e.tolerable ? 'tolerable parse error' : 'PARSE ERROR'} in ${e.file}: ${e.message}`);
  const findings = result.issues;
  for (const f of findings) {
    console.log(
      `${f.severity.name.padEnd(13)} ${f.id}  ${f.file}:${f.location.line}:${f.location.column}  [${f.confidence.name}]${f.manualReview ? ' (review)' : ''}\n    ${f.description}\n    ${f.sample ?? ''}\n    https://github.com/doyensec/electronegativity/wiki/${f.id}`,
    );
  }
  const unknown = findings.filter((f) => SEVERITY_RANK[f.severity.name.toUpperCase()] === undefined);
  const blocking = findings.filter((f) => (SEVERITY_RANK[f.severity.name.toUpperCase()] ?? BLOCKING_RANK) >= BLOCKING_RANK);
  console.log(`${result.globalChecks + result.atomicChecks} checks; ${findings.length} finding(s), ${blocking.length} of MEDIUM severity or above.`);
  if (unknown.length > 0) console.error(`Unknown severity in ${unknown.map((f) => f.id).join(', ')}: treated as blocking.`);
  if (unparsed.length > 0) {
    console.error(`${unparsed.length} file(s) could not be parsed, so they were not checked.`);
    return 2;
  }
  if (blocking.length > 0) {
    console.error('Fix them, or, for a proven false positive only, add `// eng-disable CHECK_ID -- reason` on the reported line.');
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('runElectronegativity failed:', error);
    process.exit(2);
  },
);
