import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import type { CliIo } from './CliIo.ts';
import { loadStoryExportFile } from './loadStoryExportFile.ts';

/** `newsdesk check STORY.json`: prints OK (exit 0) or every problem (exit 1). */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0]?.startsWith('-')) {
    throw new ApiError('bad-input', 'Usage: newsdesk check STORY.json');
  }
  const file = path.resolve(io.cwd, args[0] ?? '');
  try {
    await loadStoryExportFile(file);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'not-found' || error.code === 'internal') throw error;
    const problems = error.details && error.details.length > 0 ? error.details : [error.message];
    io.err(`${args[0]} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const problem of problems) io.err(`  - ${problem}`);
    return 1;
  }
  io.out('OK');
  return 0;
}
