import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import { preflightStory } from '@shared/story/preflightStory.ts';
import type { Story } from '@shared/story/storySchema.ts';
import type { CliIo } from './CliIo.ts';
import { loadStoryExportFile } from './loadStoryExportFile.ts';

/**
 * `newsdesk check STORY.json`: an invalid file (schema or pictures) prints every problem on
 * stderr; a valid one gets the export preflight, each item on stdout. OK (exit 0) only when
 * there is nothing to fix; otherwise exit 1.
 */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0]?.startsWith('-')) {
    throw new ApiError('bad-input', 'Usage: newsdesk check STORY.json');
  }
  const file = path.resolve(io.cwd, args[0] ?? '');
  let story: Story;
  try {
    ({ story } = await loadStoryExportFile(file));
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'not-found' || error.code === 'internal') throw error;
    const problems = error.details && error.details.length > 0 ? error.details : [error.message];
    io.err(`${args[0]} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const problem of problems) io.err(`  - ${problem}`);
    return 1;
  }
  const items = preflightStory(story);
  if (items.length === 0) {
    io.out('OK');
    return 0;
  }
  for (const item of items) io.out(`  - ${item.message}`);
  io.out(`${items.length} problem${items.length === 1 ? '' : 's'} to fix before export.`);
  return 1;
}
