import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'electron/cli/newsdesk.mjs');
const fixtures = path.join(repo, 'tests/fixtures');
const seedJson = path.join(fixtures, 'seed-article/seed-article.json');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin with node, from a folder outside the repo, as a desk editor would. */
function newsdesk(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NEWSDESK_DEBUG: '', ...extraEnv } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** What check and export print for the story writeProblemStory makes, in reading order. */
const PROBLEM_LINES = [
  '  - Hero picture: no credit',
  '  - Hero picture: alt text repeats the caption',
  '  - Rail “Latest”, item 2: no title',
  '  - Rail “Don\'t miss”, item 3: no URL',
];

/** The seed article copied to tmp/seed, with four problems a desk editor must fix before export. */
async function writeProblemStory(): Promise<void> {
  await cp(path.dirname(seedJson), path.join(tmp, 'seed'), { recursive: true });
  const file = path.join(tmp, 'seed/seed-article.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as {
    story: { hero: { caption: string; credit: string; alt: string }; rails: { items: { title: string; url: string }[] }[] };
  };
  const { hero, rails } = data.story;
  hero.credit = '';
  hero.alt = `  ${hero.caption.toUpperCase()} `;
  const latest = rails[0]?.items[1];
  const dontMiss = rails[1]?.items[2];
  if (!latest || !dontMiss) throw new Error('the seed article has two rails with these items');
  latest.title = '';
  dontMiss.url = '';
  await writeFile(file, JSON.stringify(data));
}

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('newsdesk CLI', () => {
  it('prints help', async () => {
    const run = await newsdesk(['--help'], tmp);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('newsdesk export STORY.json --out DIR');
    expect(run.stdout).toContain('newsdesk check STORY.json [--rules HOUSE-RULES.json]');
    expect(run.stdout).toContain('--anyway');
  });

  it('checks the minimal story as OK', async () => {
    const run = await newsdesk(['check', path.join(fixtures, 'minimal-story.json')], tmp);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('OK');
    expect(run.code).toBe(0);
  });

  it('passes the seed article with one warning, its ad slot above the first paragraph, and its position', async () => {
    const run = await newsdesk(['check', seedJson], tmp);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('  - warning: Body: an ad slot is the first block, before any text (body, positions 0–1)\nNo errors; 1 warning to look at.\n');
    expect(run.code).toBe(0);
  });

  it('lists the hostile story’s problems with severities and positions', async () => {
    const run = await newsdesk(['check', path.join(fixtures, 'hostile-story.json')], tmp);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '  - warning: Headline: 92 characters, 22 over the house limit of 70 (headline, characters 71–92)',
      '  - warning: Body, paragraph 1: 2 spaces in a row (“…- --> a link javascript:a…”) (body, positions 132–134)',
      `  - error: Body: the link on “mail” goes to “mailto:a@b.c?subject='"><img src=x onerror=alert(1)>”, which is not a web (http, https) or mailto address (body, positions 168–172)`,
      `  - error: Rail “"><script>alert('rail')</script>”, item 2: no URL (rail 1, item 2)`,
      '2 errors to fix before export, 2 warnings.',
      '',
    ]);
    expect(run.code).toBe(1);
  });

  it('lists every preflight problem of a valid story, in reading order, and exits 1', async () => {
    await writeProblemStory();
    const run = await newsdesk(['check', 'seed/seed-article.json'], tmp);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '  - error: Hero picture: no credit (hero picture)',
      '  - error: Hero picture: alt text repeats the caption (hero picture)',
      '  - warning: Body: an ad slot is the first block, before any text (body, positions 0–1)',
      '  - error: Rail “Latest”, item 2: no title (rail 1, item 2)',
      '  - error: Rail “Don\'t miss”, item 3: no URL (rail 2, item 3)',
      '4 errors to fix before export, 1 warning.',
      '',
    ]);
    expect(run.code).toBe(1);
  });

  it('checks under a house-rules file given with --rules, and refuses a broken one', async () => {
    const data = JSON.parse(await readFile(path.join(fixtures, 'minimal-story.json'), 'utf8')) as { story: Record<string, unknown> };
    data.story.headline = 'Council to utilise "smart" bins in order to cut litter';
    await writeFile(path.join(tmp, 'story.json'), JSON.stringify(data));
    expect((await newsdesk(['check', 'story.json'], tmp)).stdout).toBe('OK\n');

    const run = await newsdesk(['check', 'story.json', '--rules', path.join(fixtures, 'house-rules.json')], tmp);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '  - warning: Headline: “utilise” is not house style; write “use” (headline, characters 12–18)',
      '  - warning: Headline: straight quote " where house style wants “ or ” (“…to utilise "smart" bins…”) (headline, character 20)',
      '  - warning: Headline: straight quote " where house style wants “ or ” (“…ilise "smart" bins in ord…”) (headline, character 26)',
      '  - warning: Headline: “in order to” is not house style; write “to” (headline, characters 33–43)',
      '  - warning: Headline: 54 characters, 14 over the house limit of 40 (headline, characters 41–54)',
      'No errors; 5 warnings to look at.',
      '',
    ]);
    expect(run.code).toBe(0);

    await writeFile(path.join(tmp, 'rules.json'), JSON.stringify({ headlineMax: 'forty' }));
    const broken = await newsdesk(['check', 'story.json', '--rules=rules.json'], tmp);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/^newsdesk check: The house rules in .*rules\.json could not be used \(headlineMax: /);
    const missing = await newsdesk(['check', 'story.json', '--rules', 'nowhere.json'], tmp);
    expect(missing.stderr.trim()).toBe(`newsdesk check: The house rules file ${path.join(tmp, 'nowhere.json')} does not exist.`);
  });

  it('lists every problem of an invalid story and exits 1', async () => {
    const data = JSON.parse(await readFile(path.join(fixtures, 'minimal-story.json'), 'utf8')) as { story: Record<string, unknown> };
    data.story.headline = 7;
    data.story.status = 'published';
    await writeFile(path.join(tmp, 'bad.json'), JSON.stringify(data));
    const run = await newsdesk(['check', 'bad.json'], tmp);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.json is not valid (2 problems)');
    expect(run.stderr).toContain('  - story.headline:');
    expect(run.stderr).toContain('  - story.status:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a missing file clearly, without a stack trace', async () => {
    const run = await newsdesk(['check', 'nowhere.json'], tmp);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`newsdesk check: The story file ${path.join(tmp, 'nowhere.json')} does not exist.`);
  });

  it('finds a picture whose bytes do not match its SHA-256 name', async () => {
    await cp(path.dirname(seedJson), path.join(tmp, 'seed'), { recursive: true });
    const [image] = await readdir(path.join(tmp, 'seed/images'));
    await writeFile(path.join(tmp, 'seed/images', image ?? ''), 'not the photo');
    const check = await newsdesk(['check', 'seed/seed-article.json'], tmp);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/is damaged or was replaced/);
    const exported = await newsdesk(['export', 'seed/seed-article.json', '--out', 'out'], tmp);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/is damaged or was replaced/);
    expect(await readdir(tmp)).toEqual(['seed']);
  });

  it('exports the seed article to HTML and JSON with its picture', async () => {
    const run = await newsdesk(['export', seedJson, '--out', 'out'], tmp);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = path.join(tmp, 'out');
    const [image] = await readdir(path.join(fixtures, 'seed-article/images'));
    expect((await readdir(out)).sort()).toEqual(['images', 'nato-to-expand-training-mission-in-iraq.html', 'nato-to-expand-training-mission-in-iraq.json']);
    expect(await readFile(path.join(out, 'images', image ?? ''))).toEqual(await readFile(path.join(fixtures, 'seed-article/images', image ?? '')));
    const html = await readFile(path.join(out, 'nato-to-expand-training-mission-in-iraq.html'), 'utf8');
    expect(html).toContain('<h1>NATO to expand training mission in Iraq</h1>');
    expect(run.stdout).toContain(`images/${image}`);

    // The export is itself a valid story file.
    const again = await newsdesk(['check', 'out/nato-to-expand-training-mission-in-iraq.json'], tmp);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No errors; 1 warning to look at.');
  });

  it('refuses to export a story with preflight problems, writing nothing and pointing at --anyway', async () => {
    await writeProblemStory();
    const run = await newsdesk(['export', 'seed/seed-article.json', '--out', 'out'], tmp);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'newsdesk export: seed/seed-article.json has 4 problems to fix before export:',
      ...PROBLEM_LINES,
      'Nothing was exported. Fix them, or run the same command with --anyway to export the story as it is.',
      '',
    ]);
    expect(await readdir(tmp)).toEqual(['seed']);
  });

  it('exports a story with problems when told --anyway, still listing them', async () => {
    await writeProblemStory();
    const run = await newsdesk(['export', 'seed/seed-article.json', '--anyway', '--out', 'out', '--format', 'html'], tmp);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')).toEqual(['newsdesk export: exporting anyway, with 4 problems:', ...PROBLEM_LINES, '']);
    expect(await readdir(path.join(tmp, 'out'))).toEqual(['images', 'nato-to-expand-training-mission-in-iraq.html']);
  });

  it('refuses the hostile story until told --anyway', async () => {
    const hostile = path.join(fixtures, 'hostile-story.json');
    const refused = await newsdesk(['export', hostile, '--out', 'out'], tmp);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('item 2: no URL');
    expect(refused.stderr).toContain('--anyway');
    expect(await readdir(tmp)).toEqual([]);
    const anyway = await newsdesk(['export', hostile, '--out', 'out', '--anyway'], tmp);
    expect(anyway.code).toBe(0);
    expect((await readdir(path.join(tmp, 'out'))).length).toBeGreaterThan(0);
  });

  it('exports only the requested format', async () => {
    const run = await newsdesk(['export', path.join(fixtures, 'minimal-story.json'), '--out=only', '--format', 'html'], tmp);
    expect(run.code).toBe(0);
    expect(await readdir(path.join(tmp, 'only'))).toEqual(['minimal-story-0001.html']);
  });

  it('refuses an output folder beneath a file, saying nothing was exported', async () => {
    await writeFile(path.join(tmp, 'file'), 'x');
    const run = await newsdesk(['export', seedJson, '--out', 'file/out'], tmp);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Part of the path “${path.join(tmp, 'file/out')}” is a file, not a folder. Nothing was exported.`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains wrong usage with exit code 2', async () => {
    expect((await newsdesk(['export', seedJson], tmp)).code).toBe(2);
    expect((await newsdesk(['export', seedJson, '--out', 'x', '--format', 'pdf'], tmp)).stderr).toMatch(/Unknown export format "pdf"/);
    const unknown = await newsdesk(['publish'], tmp);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "publish"/);
  });
});

describe('newsdesk import', () => {
  it('adds the seed article and its picture to a library, twice without overwriting', async () => {
    const library = path.join(tmp, 'library');
    const env = { NEWSDESK_DATA_DIR: path.join(tmp, 'data') };
    const first = await newsdesk(['import', seedJson, '--library', library], tmp, env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported "NATO to expand training mission in Iraq"');
    const second = await newsdesk(['import', seedJson, `--library=${library}`], tmp, env);
    expect(second.code).toBe(0);

    const stories = await readdir(path.join(library, 'stories'));
    expect(stories).toHaveLength(2);
    const seed = JSON.parse(await readFile(seedJson, 'utf8')) as { story: { headline: string }; assets: { assetId: string }[] };
    for (const id of stories) {
      const saved = JSON.parse(await readFile(path.join(library, 'stories', id, 'story.json'), 'utf8')) as { headline: string };
      expect(saved.headline).toBe(seed.story.headline);
    }
    // Only the picture files: the asset store keeps its thumbnails and metadata in sub-folders.
    const stored = (await readdir(path.join(library, 'assets'), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    expect(stored).toEqual(seed.assets.map((a) => a.assetId));
  });

  it('refuses an invalid story file and leaves the library empty', async () => {
    const bad = path.join(tmp, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'newsdesk-story', formatVersion: 1, story: { headline: 1 }, assets: [] }));
    const library = path.join(tmp, 'library');
    const run = await newsdesk(['import', bad, '--library', library], tmp, { NEWSDESK_DATA_DIR: path.join(tmp, 'data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('newsdesk import');
    await expect(readdir(path.join(library, 'stories'))).rejects.toThrow();
  });
});
