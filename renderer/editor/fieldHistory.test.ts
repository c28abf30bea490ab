import { describe, expect, it } from 'vitest';
import { FieldHistory, historyKey } from './fieldHistory.ts';

describe('a node field’s own undo history', () => {
  it('undoes quick typing as one step and slow typing step by step, then redoes', () => {
    const history = new FieldHistory('');
    let t = 0;
    for (const value of ['P', 'Pa', 'Par', 'Part']) history.record(value, (t += 50));
    history.record('Part of', t + 2_000);
    expect(history.undo()).toBe('Part');
    expect(history.undo()).toBe('');
    expect(history.undo()).toBeNull();
    expect(history.redo()).toBe('Part');
    expect(history.redo()).toBe('Part of');
    expect(history.redo()).toBeNull();
  });

  it('forgets what was undone once the writer types again', () => {
    const history = new FieldHistory('a');
    history.record('ab', 0);
    expect(history.undo()).toBe('a');
    history.record('ac', 5_000);
    expect(history.redo()).toBeNull();
    expect(history.undo()).toBe('a');
  });

  it('knows the undo and redo keys of every platform, and nothing else', () => {
    const keys = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(historyKey({ ...keys, key: 'z', ctrlKey: true })).toBe('undo');
    expect(historyKey({ ...keys, key: 'z', metaKey: true })).toBe('undo');
    expect(historyKey({ ...keys, key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(historyKey({ ...keys, key: 'z', metaKey: true, shiftKey: true })).toBe('redo');
    expect(historyKey({ ...keys, key: 'y', ctrlKey: true })).toBe('redo');
    expect(historyKey({ ...keys, key: 'z' })).toBeNull();
    expect(historyKey({ ...keys, key: 'b', ctrlKey: true })).toBeNull();
    expect(historyKey({ ...keys, key: 'z', ctrlKey: true, altKey: true })).toBeNull();
  });
});
