import { StoryLibrary } from '../../electron/core/StoryLibrary.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { storyContentHash } from './storyContentHash.ts';

/*
 * The process the crash harness kills. It opens the library given as argv[2] through the real
 * core, as the app does (folders + recovery), then saves edits to every story in a tight loop.
 * It starts warm: it loads, then waits for a line "go" on stdin before touching the library, so the
 * harness can start the next child while it still checks the library after the last kill.
 * Protocol on stdout (one line each; stdout to a pipe is synchronous on Linux, so a line written
 * before a save is in the pipe even if the process is killed during the save):
 *   ready
 *   inflight <id> <sha256 of the content without updatedAt>   before each save
 *   ack <id> <sha256>                                         after the save resolved
 */
async function main(): Promise<void> {
  const libraryDir = process.argv[2];
  if (!libraryDir) throw new Error('usage: crashChild <libraryDir>');
  await goSignal();
  const library = new StoryLibrary({ libraryDir });
  await library.ensureFolders();
  await library.recover();
  const { stories } = await library.list();
  const open: Story[] = await Promise.all(stories.map((s) => library.get(s.id)));
  process.stdout.write('ready\n');
  for (let round = 1; ; round++) {
    for (const [index, story] of open.entries()) {
      const edited = edit(story, round);
      const hash = storyContentHash(edited);
      process.stdout.write(`inflight ${story.id} ${hash}\n`);
      const { updatedAt } = await library.save(edited, story.updatedAt);
      open[index] = { ...edited, updatedAt };
      process.stdout.write(`ack ${story.id} ${hash}\n`);
    }
  }
}

function goSignal(): Promise<void> {
  return new Promise((resolve, reject) => {
    let input = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      input += chunk;
      if (input.includes('go\n')) resolve();
    });
    process.stdin.on('end', () => reject(new Error('stdin closed before "go"')));
  });
}

/** A new version of the story: a new headline and a body of varying length (so files grow and shrink). */
function edit(story: Story, round: number): Story {
  const paragraphs = 1 + ((round * 7 + story.id.charCodeAt(0)) % 40);
  const stamp = `${process.pid}-${round}`;
  return {
    ...story,
    headline: `Edit ${stamp}`,
    body: {
      type: 'doc',
      content: Array.from({ length: paragraphs }, (_, i) => ({
        type: 'paragraph' as const,
        content: [{ type: 'text' as const, text: `Paragraph ${i + 1} of edit ${stamp}. ${'The words keep coming. '.repeat(1 + (i % 5))}` }],
      })),
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`crash child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
