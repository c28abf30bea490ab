import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import { EXPORT_FORMATS, type ExportFormat } from '@shared/api/contract.ts';
import { preflightStory } from '@shared/story/preflightStory.ts';
import { exportStoryToFolder } from '../core/exportStoryToFolder.ts';
import type { CliIo } from './CliIo.ts';
import { loadStoryExportFile } from './loadStoryExportFile.ts';

const USAGE = 'Usage: newsdesk export STORY.json --out DIR [--format html,json,ninjs] [--base-url URL] [--anyway]';

/** What `export` writes when no --format is given; ninjs is asked for by name. */
const DEFAULT_FORMATS: ExportFormat[] = ['html', 'json'];

interface ExportArgs {
  storyFile: string;
  outDir: string;
  formats: ExportFormat[];
  /** Export even when the preflight finds problems. */
  anyway: boolean;
  /** Where the folder will be published; ninjs rendition hrefs start with it. */
  baseUrl: string | undefined;
}

function parseFormats(value: string): ExportFormat[] {
  const names = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !(EXPORT_FORMATS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new ApiError('bad-input', `Unknown export format "${unknown[0] ?? value}". Use ${EXPORT_FORMATS.join(', ')} (comma-separated).`);
  }
  return [...new Set(names)] as ExportFormat[];
}

function parseExportArgs(args: string[]): ExportArgs {
  const positional: string[] = [];
  let outDir: string | undefined;
  let formats: ExportFormat[] = [...DEFAULT_FORMATS];
  let baseUrl: string | undefined;
  let anyway = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--out' || flag === '--format' || flag === '--base-url') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new ApiError('bad-input', `${flag} needs a value. ${USAGE}`);
      if (flag === '--out') outDir = value;
      else if (flag === '--base-url') baseUrl = value;
      else formats = parseFormats(value);
    } else if (arg === '--anyway') {
      anyway = true;
    } else if (arg.startsWith('-')) {
      throw new ApiError('bad-input', `Unknown option ${arg}. ${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1 || outDir === undefined) throw new ApiError('bad-input', USAGE);
  return { storyFile: positional[0] ?? '', outDir, formats, anyway, baseUrl };
}

/**
 * `newsdesk export STORY.json --out DIR [--format html,json,ninjs] [--base-url URL] [--anyway]`. A story the export
 * preflight finds problems in is refused (exit 1, nothing written) unless `--anyway` is given;
 * then it is exported and the problems are still listed on stderr.
 */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { storyFile, outDir, formats, anyway, baseUrl } = parseExportArgs(args);
  const { story, assets } = await loadStoryExportFile(path.resolve(io.cwd, storyFile));
  // Only errors stop an export; house-style warnings are for `newsdesk check` and the Checks tab.
  const problems = preflightStory(story).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    io.err(anyway ? `newsdesk export: exporting anyway, with ${count}:` : `newsdesk export: ${storyFile} has ${count} to fix before export:`);
    for (const item of problems) io.err(`  - ${item.message}`);
    if (!anyway) {
      io.err('Nothing was exported. Fix them, or run the same command with --anyway to export the story as it is.');
      return 1;
    }
  }
  const result = await exportStoryToFolder({
    story,
    outDir: path.resolve(io.cwd, outDir),
    formats,
    ...(baseUrl !== undefined ? { ninjsBaseUrl: baseUrl } : {}),
    readAsset: (assetId) => {
      const bytes = assets.get(assetId);
      if (!bytes) return Promise.reject(new ApiError('not-found', `The picture ${assetId} is not in the story file's images.`));
      return Promise.resolve(bytes);
    },
  });
  io.out(`Exported "${story.headline || story.id}" to ${result.outDir}:`);
  for (const file of result.files) io.out(`  ${path.relative(result.outDir, file)}`);
  return 0;
}
