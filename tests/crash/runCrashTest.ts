import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseStoryFile } from '../../electron/core/parseStoryFile.ts';
import { StoryLibrary } from '../../electron/core/StoryLibrary.ts';
import { storyContentHash } from './storyContentHash.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const STORY_COUNT = 3;

/** What a crash run found. */
export interface CrashReport {
  kills: number;
  storiesChecked: number;
  failures: string[];
  /** Saves the children acknowledged, over all runs. */
  acks: number;
  /** Kills that landed while a save was in flight and whose in-flight version was found on disk. */
  inflightLanded: number;
  /** Temp files of interrupted writes that recovery removed. */
  tempFilesSwept: number;
  durationMs: number;
}

export interface CrashOptions {
  count: number;
  /** Random wait after the child is ready, before SIGKILL (ms). */
  minDelayMs?: number;
  maxDelayMs?: number;
  onProgress?: (done: number, report: CrashReport) => void;
}

/**
 * The crash harness: a child saves story edits in a loop through the real StoryLibrary and is
 * killed with SIGKILL at a random moment, `count` times. After each kill the library is reopened
 * (recovery included) and every story must parse, validate and equal the last acknowledged save
 * or the one in flight; no temp file may be left.
 */
export async function runCrashTest(options: CrashOptions): Promise<CrashReport> {
  const { count, minDelayMs = 5, maxDelayMs = 150 } = options;
  const started = Date.now();
  const work = await mkdtemp(join(tmpdir(), 'nd-crash-'));
  const report: CrashReport = { kills: 0, storiesChecked: 0, failures: [], acks: 0, inflightLanded: 0, tempFilesSwept: 0, durationMs: 0 };
  let next: WarmChild | null = null;
  try {
    const child = await bundleChild(work);
    const libraryDir = join(work, 'library');
    const acked = await seedLibrary(libraryDir);
    next = startChild(child, libraryDir);
    for (let i = 1; i <= count; i++) {
      const current = next;
      const lines = await current.goThenKill(minDelayMs + Math.random() * (maxDelayMs - minDelayMs));
      // The next child loads while this run is checked; it touches nothing before its "go".
      next = startChild(child, libraryDir);
      report.kills++;
      const inflight = new Map<string, string>();
      for (const line of lines) {
        const [kind, id, hash] = line.split(' ');
        if (!id || !hash) continue;
        if (kind === 'inflight') inflight.set(id, hash);
        if (kind === 'ack') {
          acked.set(id, hash);
          if (inflight.get(id) === hash) inflight.delete(id);
          report.acks++;
        }
      }
      await checkLibrary(libraryDir, acked, inflight, report, i);
      options.onProgress?.(i, report);
    }
  } finally {
    next?.discard();
    report.durationMs = Date.now() - started;
    await rm(work, { recursive: true, force: true });
  }
  return report;
}

/** One esbuild bundle of the child, so each spawn is a plain `node file.mjs` (tsx per spawn is too slow). */
async function bundleChild(work: string): Promise<string> {
  const outfile = join(work, 'crashChild.mjs');
  await build({
    entryPoints: [join(repoRoot, 'tests', 'crash', 'crashChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(repoRoot, 'tests', 'tsconfig.json'),
    outfile,
    minify: true, // less to parse at each of the many starts
    logLevel: 'warning',
  });
  return outfile;
}

async function seedLibrary(libraryDir: string): Promise<Map<string, string>> {
  const library = new StoryLibrary({ libraryDir });
  await library.ensureFolders();
  const acked = new Map<string, string>();
  for (let i = 0; i < STORY_COUNT; i++) {
    const story = await library.create('Crash test reporter');
    acked.set(story.id, storyContentHash(story));
  }
  return acked;
}

interface WarmChild {
  /** Lets the child open the library, kills it `delayMs` after it is ready, and returns its complete stdout lines. */
  goThenKill(delayMs: number): Promise<string[]>;
  discard(): void;
}

function startChild(child: string, libraryDir: string): WarmChild {
  const proc = spawn(process.execPath, [child, libraryDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  // Attached at once, so that nothing the child writes is missed and a failed start is seen.
  let delayMs = 0;
  const lines = killWhenReady(proc, () => delayMs);
  lines.catch(() => undefined); // reported by goThenKill; discard() may leave it unobserved
  return {
    goThenKill: (delay) => {
      delayMs = delay;
      proc.stdin.write('go\n');
      return lines;
    },
    discard: () => {
      proc.kill('SIGKILL');
    },
  };
}

function killWhenReady(proc: ChildProcessWithoutNullStreams, delayMs: () => number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    let killed = false;
    const startTimer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`the crash child did not get ready in 20 s:\n${err}`));
    }, 20_000);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!killed && out.startsWith('ready\n')) {
        killed = true;
        clearTimeout(startTimer);
        setTimeout(() => proc.kill('SIGKILL'), delayMs());
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // 'close' comes after stdout has been read to its end, so no line written before the kill is lost.
    proc.on('close', (code, signal) => {
      clearTimeout(startTimer);
      if (signal !== 'SIGKILL') return reject(new Error(`the crash child exited by itself (code ${String(code)}):\n${err}`));
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      resolve(complete.split('\n').filter((line) => line !== '' && line !== 'ready'));
    });
  });
}

async function checkLibrary(libraryDir: string, acked: Map<string, string>, inflight: Map<string, string>, report: CrashReport, run: number): Promise<void> {
  const fail = (message: string): void => {
    report.failures.push(`kill ${run}: ${message}`);
  };
  const library = new StoryLibrary({ libraryDir });
  const { tempFilesRemoved } = await library.recover();
  report.tempFilesSwept += tempFilesRemoved;
  const storiesDir = join(libraryDir, 'stories');
  const ids = await readdir(storiesDir);
  if (ids.length !== acked.size) fail(`expected ${acked.size} story folders, found ${ids.length}`);
  for (const id of ids) {
    report.storiesChecked++;
    const leftovers = (await readdir(join(storiesDir, id))).filter((name) => name !== 'story.json');
    if (leftovers.length > 0) fail(`story ${id}: files left after recovery: ${leftovers.join(', ')}`);
    const parsed = parseStoryFile(await readFile(join(storiesDir, id, 'story.json'), 'utf8'), id);
    if (!parsed.ok) {
      fail(`story ${id} does not parse: ${parsed.reason}`);
      continue;
    }
    const hash = storyContentHash(parsed.story);
    if (hash === inflight.get(id)) report.inflightLanded++;
    else if (hash !== acked.get(id)) fail(`story ${id} is neither the last acknowledged save nor the one in flight (older or torn)`);
    acked.set(id, hash);
  }
  const listing = await library.list();
  if (listing.damaged.length > 0) fail(`damaged after the kill: ${listing.damaged.map((d) => `${d.id}: ${d.reason}`).join('; ')}`);
  // Its index write must finish before the next child's library opens (and sweeps temp files) in this folder.
  await library.close();
}

function parseCount(argv: readonly string[]): number {
  const at = argv.indexOf('--count');
  if (at === -1) return 2000;
  const count = Number(argv[at + 1]);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`--count needs a whole number of kills, not "${String(argv[at + 1])}".`);
    process.exit(2);
  }
  return count;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = parseCount(process.argv.slice(2));
  console.log(`Crash test: ${count} SIGKILLs of a child saving ${STORY_COUNT} stories in a loop…`);
  runCrashTest({
    count,
    onProgress: (done, r) => {
      if (done % 100 === 0) console.log(`  ${done}/${count} kills, ${r.failures.length} failures`);
    },
  }).then(
    (r) => {
      for (const failure of r.failures.slice(0, 20)) console.error(`FAIL ${failure}`);
      console.log(`kills ${r.kills}, stories checked ${r.storiesChecked}, failures ${r.failures.length}`);
      console.log(
        `(saves acknowledged ${r.acks}, kills that landed mid-save ${r.inflightLanded}, temp files swept ${r.tempFilesSwept}, ${(r.durationMs / 1000).toFixed(1)} s)`,
      );
      process.exit(r.failures.length > 0 ? 1 : 0);
    },
    (error: unknown) => {
      console.error('The crash test could not run:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
