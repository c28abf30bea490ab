import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import { describeDeskTarget } from '@shared/story/checks/describeDeskTarget.ts';
import type { HouseRules } from '@shared/story/houseRules.ts';
import { DEFAULT_HOUSE_RULES } from '@shared/story/defaultHouseRules.ts';
import { countBySeverity, preflightStory } from '@shared/story/preflightStory.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { describeBrokenHouseRules, readHouseRulesFile } from '../core/readHouseRulesFile.ts';
import type { CliIo } from './CliIo.ts';
import { loadStoryExportFile } from './loadStoryExportFile.ts';

const USAGE = 'Usage: newsdesk check STORY.json [--rules HOUSE-RULES.json]';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function parseCheckArgs(args: string[]): { storyFile: string; rulesFile: string | null } {
  const positional: string[] = [];
  let rulesFile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--rules' || arg.startsWith('--rules=')) {
      const value = arg === '--rules' ? args[++i] : arg.slice('--rules='.length);
      if (value === undefined || value === '') throw new ApiError('bad-input', `--rules needs a file. ${USAGE}`);
      rulesFile = value;
    } else if (arg.startsWith('-')) {
      throw new ApiError('bad-input', `Unknown option ${arg}. ${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new ApiError('bad-input', USAGE);
  return { storyFile: positional[0] ?? '', rulesFile };
}

/** The rules named on the command line. Asked for by name, a missing or broken file stops the check. */
async function loadRules(file: string | null): Promise<HouseRules> {
  if (file === null) return DEFAULT_HOUSE_RULES;
  const info = await readHouseRulesFile(file);
  if (info.status === 'defaults') throw new ApiError('not-found', `The house rules file ${file} does not exist.`);
  if (info.status === 'broken') throw new ApiError('bad-input', describeBrokenHouseRules(info).replace(/ The default rules are used.*$/, ''), info.problems);
  return info.rules;
}

/**
 * `newsdesk check STORY.json [--rules FILE]`: an invalid file (schema or pictures) prints every
 * problem on stderr; a valid one gets the desk's preflight under the house rules (the defaults
 * without --rules), one line per problem with its severity and position. Exit 0 when there is
 * no error (warnings are listed), 1 when something must be fixed before export.
 */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { storyFile, rulesFile } = parseCheckArgs(args);
  const rules = await loadRules(rulesFile === null ? null : path.resolve(io.cwd, rulesFile));
  const file = path.resolve(io.cwd, storyFile);
  let story: Story;
  try {
    ({ story } = await loadStoryExportFile(file));
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'not-found' || error.code === 'internal') throw error;
    const problems = error.details && error.details.length > 0 ? error.details : [error.message];
    io.err(`${storyFile} is not valid (${plural(problems.length, 'problem')}):`);
    for (const problem of problems) io.err(`  - ${problem}`);
    return 1;
  }
  const problems = preflightStory(story, rules);
  if (problems.length === 0) {
    io.out('OK');
    return 0;
  }
  for (const p of problems) io.out(`  - ${p.severity}: ${p.message} (${describeDeskTarget(p.target)})`);
  const { errors, warnings } = countBySeverity(problems);
  if (errors === 0) {
    io.out(`No errors; ${plural(warnings, 'warning')} to look at.`);
    return 0;
  }
  io.out(`${plural(errors, 'error')} to fix before export${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}.`);
  return 1;
}
