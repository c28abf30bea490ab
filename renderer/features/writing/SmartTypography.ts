import { Extension, InputRule } from '@tiptap/core';
import { smartTypingEdit } from '@shared/text/smartTypography.ts';

export interface SmartTypographyOptions {
  /** Read at every typed character, so the setting takes effect without rebuilding the editor. */
  isOn: () => boolean;
}

/**
 * The input rule behind smart typography: curly quotes, en and em dashes and ellipses while
 * typing in the body (the rules of `smartTypingEdit`, shared with the plain fields). The typed
 * character lands first and the change is its own step, so Undo gives the straight character
 * back. `isOn` is read at every typed character, so the setting applies without a rebuild.
 */
export function smartTypographyRule(isOn: () => boolean): InputRule {
  return new InputRule({
    find: /["'.-]$/,
    handler: ({ state, range, match }) => {
      if (!isOn()) return null;
      const typed = match[0];
      const $from = state.doc.resolve(range.from);
      const before = state.doc.textBetween(Math.max($from.start(), range.from - 3), range.from, undefined, '\ufffc');
      const edit = smartTypingEdit(before, typed);
      if (!edit) return null;
      state.tr.insertText(edit.insert, range.from - edit.deleteBefore, range.to);
      return undefined;
    },
  });
}

/** Smart typography as a TipTap extension (changes what is typed only, never the JSON format). */
export const SmartTypography = Extension.create<SmartTypographyOptions>({
  name: 'smartTypography',

  addOptions() {
    return { isOn: () => true };
  },

  addInputRules() {
    return [smartTypographyRule(this.options.isOn)];
  },
});
