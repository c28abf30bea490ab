import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import { parseApiInput } from '@shared/api/parseApiInput.ts';
import { serializeStoryExport } from '@shared/export/serializeStoryExport.ts';
import { createCore } from '../core/createCore.ts';
import type { CliIo } from './CliIo.ts';
import { loadStoryExportFile } from './loadStoryExportFile.ts';

const USAGE = 'Usage: newsdesk import STORY.json|STORY.ninjs.json [--library DIR]';

function parseImportArgs(args: string[]): { storyFile: string; libraryDir: string | undefined } {
  const positional: string[] = [];
  let libraryDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--library' || arg.startsWith('--library=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!value) throw new ApiError('bad-input', `--library needs a folder. ${USAGE}`);
      libraryDir = value;
    } else if (arg.startsWith('-')) {
      throw new ApiError('bad-input', `Unknown option ${arg}. ${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new ApiError('bad-input', USAGE);
  return { storyFile: positional[0] ?? '', libraryDir };
}

/**
 * `newsdesk import STORY.json|STORY.ninjs.json [--library DIR]`: adds an exported story (Newsdesk
 * JSON, or IPTC ninjs with its web renditions) and its pictures to the
 * library the desktop app uses (or DIR), through the same API handlers as the app's Import button.
 * A story whose id is already in the library is imported under a new id; nothing is overwritten.
 */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { storyFile, libraryDir } = parseImportArgs(args);
  const loaded = await loadStoryExportFile(path.resolve(io.cwd, storyFile));
  for (const notice of loaded.notices) io.err(`newsdesk import: ${notice}`);
  const env = libraryDir ? { ...process.env, NEWSDESK_LIBRARY: path.resolve(io.cwd, libraryDir) } : process.env;
  const core = await createCore({ env, platform: process.platform, homedir: homedir(), hostKind: 'web', version: 'cli' });
  // The same validation and handlers as the app's Import button: pictures first, then the story.
  for (const [assetId, bytes] of loaded.assets) {
    await core.handlers.importAsset(parseApiInput<'importAsset'>('importAsset', { fileName: assetId, bytes: new Uint8Array(bytes) }).input);
  }
  // A ninjs file is handed on as the Newsdesk export of the story read from it.
  const json = loaded.kind === 'ninjs' ? serializeStoryExport(loaded.story) : await readFile(path.resolve(io.cwd, storyFile), 'utf8');
  const story = await core.handlers.importStory(parseApiInput<'importStory'>('importStory', { json }).input);
  io.out(`Imported "${story.headline || story.id}" into ${core.paths.libraryDir} as story ${story.id}.`);
  return 0;
}
