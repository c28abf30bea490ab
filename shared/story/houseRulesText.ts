import { describeIssues } from './describeIssues.ts';
import { houseRulesSchema, type HouseRules } from './houseRules.ts';

export type ParsedHouseRules = { ok: true; rules: HouseRules } | { ok: false; problems: string[] };

/**
 * Reads the text of a house-rules file: JSON, then the schema (defaults fill what is missing).
 * Never throws; a broken file gives every problem in words a desk editor can act on.
 */
export function parseHouseRulesText(text: string): ParsedHouseRules {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = houseRulesSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: describeIssues(result.error) };
  return { ok: true, rules: result.data };
}
