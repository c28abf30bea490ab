/**
 * `tsx tests/tools/runElectronegativity.ts`: runs Electronegativity (Doyensec's
 * Electron security linter) over electron/, prints every finding, and exits 1
 * when any is of MEDIUM severity or above (2 when the tool itself failed).
 *
 * A finding is silenced only where it is a proven false positive, by an inline
 * `eng-disable CHECK_ID -- reason` comment on the line the tool reports (the
 * tool reads the reported line and the file's first line for these comments).
 *
 * Two flags keep it offline and reproducible:
 * - `-x AvailableSecurityFixesGlobalCheck`: that global check downloads Electron's
 *   release notes from GitHub to list fixes newer than the version in use. There is
 *   no network here (nor in CI); instead the Electron version is pinned in
 *   package.json and checked by electron/build/electronBuilderConfig.test.ts.
 * - `-e <version>`: the installed Electron's version, so the checks judge each
 *   webPreference against that version's defaults (the tool would otherwise assume
 *   the oldest, least secure defaults, since the input folder has no package.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
  url: string;
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const BLOCKING_RANK = SEVERITY_RANK.MEDIUM ?? 2;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function toFindings(rows: string[][]): Finding[] {
  // The header line is skipped by content, not position: the tool writes it and the rows with two racing writes.
  return rows
    .filter((r) => r[0]?.trim() !== 'issue')
    .map(([id = '', severity = '', confidence = '', file = '', location = '', sample = '', description = '', url = '']) => ({
      id: id.trim(),
      severity: severity.trim().toUpperCase(),
      confidence: confidence.trim(),
      file: file.trim(),
      location: location.trim(),
      sample: sample.trim(),
      description: description.trim(),
      url: url.trim(),
    }));
}

const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const CHECK_ID = /^[A-Z0-9_]+_CHECK$/;

async function main(): Promise<number> {
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const toolPackage = require.resolve('@doyensec/electronegativity/package.json');
  const bin = join(dirname(toolPackage), (JSON.parse(readFileSync(toolPackage, 'utf8')) as { bin: Record<string, string> }).bin.electronegativity ?? 'dist/index.js');
  const outDir = await mkdtemp(join(tmpdir(), 'nd-electronegativity-'));
  const csv = join(outDir, 'findings.csv');
  try {
    const args = [bin, '-i', join(repoRoot, 'electron'), '-e', electronVersion, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', csv];
    console.log(`Electronegativity on electron/ (Electron ${electronVersion})`);
    // The tool writes its CSV header and its rows with two unsynchronised async writes, so now and
    // then the header lands over the first row and tears it. A torn file is read again from a new run
    // (at most 3), never guessed at; an honest unknown severity still blocks below.
    let findings: Finding[] = [];
    for (let attempt = 1; ; attempt++) {
      await rm(csv, { force: true });
      const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
      if (run.status !== 0 || !existsSync(csv)) {
        console.error(run.stdout, run.stderr);
        console.error(`Electronegativity itself failed (exit ${run.status ?? run.signal}); no findings could be read.`);
        return 2;
      }
      const text = await readFile(csv, 'utf8');
      findings = toFindings(parseCsv(text));
      const torn = !text.startsWith(CSV_HEADER) || findings.some((f) => !CHECK_ID.test(f.id));
      if (!torn) break;
      if (attempt === 3) {
        console.error(`Electronegativity wrote a torn CSV ${attempt} times in a row; its findings cannot be read:\n${text}`);
        return 2;
      }
      console.log(`(its CSV came out torn, run ${attempt}; running it again)`);
    }
    const unknown = findings.filter((f) => SEVERITY_RANK[f.severity] === undefined);
    for (const f of findings) {
      console.log(`${f.severity.padEnd(13)} ${f.id}  ${f.file}:${f.location}  [${f.confidence}]\n    ${f.description}\n    ${f.sample}\n    ${f.url}`);
    }
    const blocking = findings.filter((f) => (SEVERITY_RANK[f.severity] ?? BLOCKING_RANK) >= BLOCKING_RANK);
    console.log(`${findings.length} finding(s), ${blocking.length} of MEDIUM severity or above.`);
    if (unknown.length > 0) console.error(`Unknown severity in ${unknown.map((f) => f.id).join(', ')}: treated as blocking.`);
    if (blocking.length > 0) {
      console.error('Fix them, or, for a proven false positive only, add `// eng-disable CHECK_ID -- reason` on the reported line.');
      return 1;
    }
    return 0;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('runElectronegativity failed:', error);
    process.exit(2);
  },
);
