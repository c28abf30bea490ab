import { smartTypingEdit } from '@shared/text/smartTypography.ts';
import { isSmartTypographyOn } from './writingSettingsStore.ts';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

// A field says it holds no prose by opting out of spellchecking (the slug) or by data-plain-typing (the find bar).
function isPlain(el: TextControl): boolean {
  return el.readOnly || el.getAttribute('spellcheck') === 'false' || el.closest('[data-plain-typing]') !== null;
}

function smartTarget(target: EventTarget | null): TextControl | null {
  // Only textareas and plain text inputs: never addresses, search boxes or numbers.
  const control = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text') ? target : null;
  return control && !isPlain(control) ? control : null;
}

/**
 * Smart typography for the plain text fields (headline, standfirst, captions…), the same rules
 * as the body. It rewrites the typed character through the browser's own insertText, so the
 * field's native undo still works and React sees an ordinary input event. Returns the uninstaller.
 */
export function installSmartTyping(root: Document = document): () => void {
  const onBeforeInput = (event: Event): void => {
    const input = event as InputEvent;
    if (input.inputType !== 'insertText' || input.data === null || input.data.length !== 1 || input.isComposing) return;
    if (!isSmartTypographyOn()) return;
    const el = smartTarget(input.target);
    if (!el || el.selectionStart === null || el.selectionStart !== el.selectionEnd) return;
    const caret = el.selectionStart;
    const edit = smartTypingEdit(el.value.slice(Math.max(0, caret - 3), caret), input.data);
    if (!edit) return;
    event.preventDefault();
    if (edit.deleteBefore > 0) el.setSelectionRange(caret - edit.deleteBefore, caret);
    // execCommand is the one way to insert into a field that keeps its undo history.
    root.execCommand('insertText', false, edit.insert);
  };
  root.addEventListener('beforeinput', onBeforeInput, true);
  return () => root.removeEventListener('beforeinput', onBeforeInput, true);
}
