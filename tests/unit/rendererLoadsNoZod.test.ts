// The renderer validates nothing with zod: the hosts validate every input. Loading zod and the
// schemas at start-up cost the app about 50 ms of script evaluation before the first paint on the
// benchmark machine, and a bigger bundle. This walks the renderer's static imports (type-only ones
// are erased by the compiler and do not count) and checks zod is never reached.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The modules a file loads when it runs: static imports and re-exports that are not type-only. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specs: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) specs.push((statement.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier) specs.push((statement.moduleSpecifier as ts.StringLiteral).text);
  }
  return specs;
}

function resolveSpec(from: string, spec: string): string | null {
  if (spec.startsWith('@shared/')) return join(root, 'shared', spec.slice('@shared/'.length));
  if (spec.startsWith('.')) return resolve(dirname(from), spec);
  return null;
}

function rendererSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return rendererSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$|vite\.config\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** For each package the renderer loads, one chain of files that leads to it. */
function packagesReached(roots: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const chainTo = new Map<string, string[]>(roots.map((file) => [file, [file]]));
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const chain = chainTo.get(file) as string[];
    for (const spec of runtimeImports(file)) {
      const target = resolveSpec(file, spec);
      if (target === null) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!reached.has(name)) reached.set(name, chain.map((f) => relative(root, f)));
        continue;
      }
      if (!/\.(tsx?|css)$/.test(target)) throw new Error(`${relative(root, file)} imports ${spec} without its extension`);
      if (target.endsWith('.css') || chainTo.has(target)) continue;
      if (!existsSync(target)) throw new Error(`${relative(root, file)} imports ${spec}, which does not exist`);
      chainTo.set(target, [...chain, target]);
      queue.push(target);
    }
  }
  return reached;
}

describe('the renderer', () => {
  it('never loads zod: what it imports from the schema modules is types only', () => {
    const reached = packagesReached(rendererSources(join(root, 'renderer')));
    // The walk itself works: the renderer does load React and TipTap.
    expect(reached.has('react')).toBe(true);
    expect(reached.has('@tiptap/core')).toBe(true);
    expect(reached.get('zod'), `zod is loaded through ${reached.get('zod')?.join(' → ')}`).toBeUndefined();
  });
});
