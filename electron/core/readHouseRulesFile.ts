import { readFile } from 'node:fs/promises';
import type { HouseRulesInfo } from '@shared/api/contract.ts';
import { DEFAULT_HOUSE_RULES } from '@shared/story/defaultHouseRules.ts';
import { parseHouseRulesText } from '@shared/story/houseRulesText.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';

/** The rules file a desk shares sits here unless settings.json names another (`houseRulesFile`). */
export const HOUSE_RULES_FILE_NAME = 'house-rules.json';

/**
 * Reads a house-rules file. A missing file gives the defaults (`status: 'defaults'`); a file that
 * cannot be read or is not valid gives the defaults too, with every problem in `problems`
 * (`status: 'broken'`), so the checks still run and the user can be told. The file is never
 * changed or moved: it may be the whole desk's.
 */
export async function readHouseRulesFile(file: string): Promise<HouseRulesInfo> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isNodeFsError(error) && error.code === 'ENOENT') return { rules: DEFAULT_HOUSE_RULES, file, status: 'defaults', problems: [] };
    const reason = isNodeFsError(error) ? `${error.code ?? 'error'}: ${error.message}` : String(error);
    return { rules: DEFAULT_HOUSE_RULES, file, status: 'broken', problems: [`it could not be read (${reason})`] };
  }
  const parsed = parseHouseRulesText(text);
  if (!parsed.ok) return { rules: DEFAULT_HOUSE_RULES, file, status: 'broken', problems: parsed.problems };
  return { rules: parsed.rules, file, status: 'loaded', problems: [] };
}

/** One sentence for a broken rules file, for a notice or stderr. */
export function describeBrokenHouseRules(info: HouseRulesInfo): string {
  return `The house rules in ${info.file} could not be used (${info.problems.join('; ')}). The default rules are used until the file is fixed.`;
}
