import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HouseRulesInfo } from '@shared/api/contract.ts';
import { createStory } from '@shared/story/createStory.ts';
import { DEFAULT_HOUSE_RULES } from '@shared/story/defaultHouseRules.ts';
import { preflightStory } from '@shared/story/preflightStory.ts';
import { createCore } from './createCore.ts';
import { readHouseRulesFile } from './readHouseRulesFile.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/house-rules.json');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function houseRulesFromCore(): Promise<HouseRulesInfo> {
  const core = await createCore({ env: { NEWSDESK_DATA_DIR: path.join(root, 'data') }, platform: process.platform, homedir: path.join(root, 'home'), hostKind: 'web', version: '1.0.0' });
  const result = await core.dispatch('getHouseRules', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as HouseRulesInfo;
}

describe('house rules files', () => {
  it('loads the desk’s rules file and the checks follow it', async () => {
    const info = await readHouseRulesFile(FIXTURE);
    expect(info.status).toBe('loaded');
    expect(info.rules).toMatchObject({ headlineMax: 40, standfirstMax: 200, curlyQuotes: true, language: 'en-GB' });
    expect(info.rules.bannedWords[0]).toEqual({ word: 'utilise', suggestion: 'use', caseSensitive: false });

    const story = createStory(new Date('2025-01-01T00:00:00Z'), 'rules-test-0001');
    story.headline = 'Ministers utilise a "new" plan to cut the waiting lists';
    const rules = preflightStory(story, info.rules).map((p) => p.rule);
    expect(rules).toEqual(['banned-word', 'straight-quote', 'straight-quote', 'headline-too-long']);
    // The same story under the defaults: 55 characters is within 70, straight quotes and "utilise" pass.
    expect(preflightStory(story, DEFAULT_HOUSE_RULES)).toEqual([]);
  });

  it('serves <dataDir>/house-rules.json through the API, and a file named in settings.json instead', async () => {
    expect(await houseRulesFromCore()).toEqual({ rules: DEFAULT_HOUSE_RULES, file: path.join(root, 'data', 'house-rules.json'), status: 'defaults', problems: [] });

    await mkdir(path.join(root, 'data'), { recursive: true });
    await copyFile(FIXTURE, path.join(root, 'data', 'house-rules.json'));
    expect((await houseRulesFromCore()).rules.headlineMax).toBe(40);

    const shared = path.join(root, 'desk-share', 'rules.json');
    await mkdir(path.dirname(shared), { recursive: true });
    await writeFile(shared, JSON.stringify({ headlineMax: 55 }));
    await writeFile(path.join(root, 'data', 'settings.json'), JSON.stringify({ houseRulesFile: shared }));
    const info = await houseRulesFromCore();
    expect(info).toMatchObject({ file: shared, status: 'loaded', rules: { headlineMax: 55, standfirstMax: 300, curlyQuotes: false, bannedWords: [] } });
  });

  it.each([
    ['not JSON', '{"headlineMax": 40,', /not valid JSON/],
    ['a misspelt rule', JSON.stringify({ headlinemax: 40 }), /Unrecognized key: "headlinemax"/],
    ['a wrong type', JSON.stringify({ headlineMax: 'forty' }), /^headlineMax: /],
    ['an empty banned word', JSON.stringify({ bannedWords: [{ word: ' ' }] }), /^bannedWords\.0\.word: a banned word cannot be empty/],
  ])('uses the defaults for %s, says why, and leaves the file alone', async (_name, text, problem) => {
    const file = path.join(root, 'house-rules.json');
    await writeFile(file, text);
    const info = await readHouseRulesFile(file);
    expect(info.status).toBe('broken');
    expect(info.rules).toEqual(DEFAULT_HOUSE_RULES);
    expect(info.problems.join('\n')).toMatch(problem);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
