import { describe, expect, it } from 'vitest';
import type { StorySummary } from '@shared/api/contract.ts';
import type { DecodedIndexFile, IndexFileContent, StoredStory } from './libraryIndexFormat.ts';
import { applyJournal, encodeJournalLine } from './libraryIndexJournal.ts';

function story(id: string, headline: string, text?: string): StoredStory {
  const summary: StorySummary = { id, slug: id, kicker: '', headline, bylines: ['Staff'], status: 'draft', updatedAt: '2024-05-01T08:00:00.000Z', wordCount: 3, heroAssetId: null };
  return text === undefined ? { ok: true, summary, key: `1:2:${id}` } : { ok: true, summary, key: `1:2:${id}`, text };
}

const base: DecodedIndexFile = { generation: 'g1', folder: '7:100', stories: [story('tram', 'Tram'), story('budget', 'Budget')], damaged: [], complete: true };
const headlinesOf = (content: IndexFileContent): string[] => content.stories.map((s) => s.summary.headline);

describe('the index journal', () => {
  it('applies the latest line per story: changed, damaged, gone and the folder key', () => {
    const problem = { id: 'budget', kind: 'damaged' as const, reason: 'story.json is not valid JSON' };
    const journal = [
      encodeJournalLine('g1', { story: story('tram', 'Tram delayed') }),
      encodeJournalLine('g1', { story: story('tram', 'Tram opens Monday', 'tram opens monday') }),
      encodeJournalLine('g1', { damaged: { problem, key: '9:9:9' } }),
      encodeJournalLine('g1', { story: story('quokka', 'Quokka found') }),
      encodeJournalLine('g1', { gone: 'quokka' }),
      encodeJournalLine('g1', { folder: '7:200' }),
    ].join('');
    const { content, changes, torn } = applyJournal(base, journal);
    expect([changes, torn]).toEqual([6, false]);
    expect(headlinesOf(content)).toEqual(['Tram opens Monday']);
    expect(content.stories[0]?.text).toBe('tram opens monday');
    expect(content.damaged).toEqual([{ problem, key: '9:9:9' }]);
    expect(content.folder).toBe('7:200');
  });

  it('skips lines of another generation, and applies none to a file from before journals', () => {
    const journal = encodeJournalLine('g0', { gone: 'tram' }) + encodeJournalLine('g1', { story: story('budget', 'Budget passed') });
    const applied = applyJournal(base, journal);
    expect([applied.changes, headlinesOf(applied.content)]).toEqual([1, ['Tram', 'Budget passed']]);
    expect(applyJournal({ ...base, generation: null }, journal)).toEqual({ content: { ...base, generation: null }, changes: 0, torn: false });
  });

  it('stops at a line it cannot read and drops the folder key, so the folder is listed again', () => {
    const good = encodeJournalLine('g1', { story: story('tram', 'Tram delayed') });
    const later = encodeJournalLine('g1', { gone: 'budget' });
    for (const bad of [good.slice(0, 20), '{"g":"g1","s":["too","short"]}', '{"g":"g1","x":7}', '{"g":"g1"}', '[1]']) {
      const { content, changes, torn } = applyJournal(base, `${good}${bad}\n${later}`);
      expect([changes, torn, content.folder], bad).toEqual([1, true, null]);
      expect(headlinesOf(content), bad).toEqual(['Budget', 'Tram delayed']);
    }
    // A last line without its newline was cut short of it: a line appended after it would be glued on.
    const cut = applyJournal(base, `${good}${later.slice(0, -1)}`);
    expect([cut.changes, cut.torn, cut.content.folder]).toEqual([1, true, null]);
  });

  it('keeps the folder key dropped when stories.json left an entry out, whatever a folder line says', () => {
    const journal = encodeJournalLine('g1', { folder: '7:200' });
    expect(applyJournal({ ...base, folder: null, complete: false }, journal).content.folder).toBeNull();
    expect(applyJournal(base, journal).content.folder).toBe('7:200');
  });
});
