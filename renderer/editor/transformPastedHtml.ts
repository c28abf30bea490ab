import DOMPurify from 'dompurify';
import { cleanPastedHtml } from './cleanPastedHtml.ts';
import { defuseEventHandlers, restoreDefused } from './defuseEventHandlers.ts';

/**
 * ProseMirror marks what it puts on the clipboard with `data-pm-slice`. Such HTML comes from a
 * Newsdesk editor (cut and paste within a story, or between stories), so its pictures, ad slots,
 * headings and pull quotes must survive: it is only stripped of anything executable, and the
 * schema's own parse rules decide what it becomes. Everything else goes through the paste cleaner.
 */
export function transformPastedHtml(html: string): string {
  if (!html.includes('data-pm-slice')) return cleanPastedHtml(html);
  return restoreDefused(DOMPurify.sanitize(defuseEventHandlers(html), { ALLOW_DATA_ATTR: true, FORBID_TAGS: ['style', 'img', 'svg', 'math', 'iframe', 'form'] }));
}
