// The bare baseline of the benchmarks: TipTap with StarterKit only, nothing else (no React, no
// node views, no stores). Benchmarks drive it through `window.bareEditor` and `window.bareLoad`.
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    bareEditor?: Editor;
    /** Fetches a JSON document served beside the page (docs/<name>.json) and sets it as the content. */
    bareLoad?: (name: string) => Promise<void>;
  }
}

const element = document.getElementById('editor');
if (!element) throw new Error('the baseline page has no #editor element');
const editor = new Editor({ element, extensions: [StarterKit], content: '<p></p>' });
window.bareEditor = editor;
window.bareLoad = async (name) => {
  const response = await fetch(`./docs/${encodeURIComponent(name)}.json`);
  if (!response.ok) throw new Error(`docs/${name}.json: HTTP ${response.status}`);
  editor.commands.setContent((await response.json()) as JSONContent);
};
