import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realPathInside } from './realPathInside.ts';

let root: string;
let inside: string;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'nd-')));
  inside = join(root, 'renderer');
  await mkdir(join(inside, 'assets'), { recursive: true });
  await writeFile(join(inside, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'secret.txt'), 'TOP-SECRET');
  await mkdir(join(root, 'renderer-old'));
  await writeFile(join(root, 'renderer-old', 'x.js'), 'old');
  await symlink(join(root, 'secret.txt'), join(inside, 'assets', 'leak.js'));
  await symlink(root, join(inside, 'assets', 'up'));
  await symlink(join(inside, 'index.html'), join(inside, 'assets', 'alias.html'));
  await symlink(join(inside, 'loop-b'), join(inside, 'loop-a'));
  await symlink(join(inside, 'loop-a'), join(inside, 'loop-b'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('realPathInside', () => {
  it('returns the real path of a file inside the root', async () => {
    expect(await realPathInside(join(inside, 'index.html'), [inside])).toBe(join(inside, 'index.html'));
    expect(await realPathInside(join(inside, 'assets', 'alias.html'), [inside])).toBe(join(inside, 'index.html'));
  });

  it('refuses a symlink inside the root that points outside it', async () => {
    expect(await realPathInside(join(inside, 'assets', 'leak.js'), [inside])).toBeNull();
    expect(await realPathInside(join(inside, 'assets', 'up', 'secret.txt'), [inside])).toBeNull();
  });

  it('refuses a sibling folder that shares the root name as a prefix', async () => {
    expect(await realPathInside(join(root, 'renderer-old', 'x.js'), [inside])).toBeNull();
  });

  it('accepts a file inside any one of several roots, and follows a symlinked root', async () => {
    const linkedRoot = join(root, 'linked-renderer');
    await symlink(inside, linkedRoot);
    expect(await realPathInside(join(linkedRoot, 'index.html'), [join(root, 'nowhere'), linkedRoot])).toBe(join(inside, 'index.html'));
  });

  it('answers null for missing files and symlink loops', async () => {
    expect(await realPathInside(join(inside, 'missing.js'), [inside])).toBeNull();
    expect(await realPathInside(join(inside, 'index.html', 'x'), [inside])).toBeNull();
    expect(await realPathInside(join(inside, 'loop-a'), [inside])).toBeNull();
  });
});
