import type { BodyDoc } from '../bodySchema.ts';
import { bodyTextBlocks, type TextBlock } from './bodyPositions.ts';
import type { DeskFinding } from './deskProblem.ts';

/** An address a reader can follow: http(s) with a host, or mailto with an address. */
const FOLLOWABLE = /^(https?:\/\/[^\s/?#]+\S*|mailto:[^\s@?]+@[^\s@?]+(\?\S*)?)$/i;

interface LinkRange {
  href: string;
  from: number;
  to: number;
  text: string;
}

/** Adjacent text runs carrying the same link make one link (bold inside a link splits runs, not links). */
function linksIn(block: TextBlock): LinkRange[] {
  const links: LinkRange[] = [];
  for (const run of block.runs) {
    const mark = run.marks.find((m) => m.type === 'link');
    if (!mark) continue;
    const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
    const text = block.text.slice(run.from - block.start, run.to - block.start);
    const last = links[links.length - 1];
    if (last && last.to === run.from && last.href === href) {
      last.to = run.to;
      last.text += text;
    } else {
      links.push({ href, from: run.from, to: run.to, text });
    }
  }
  return links;
}

/**
 * Links in the body that lead nowhere a reader can go (not http(s) with a host, nor mailto with an
 * address: errors) and links whose text is only white space (warnings: nothing to click).
 */
export function checkLinks(doc: BodyDoc): DeskFinding[] {
  const findings: DeskFinding[] = [];
  for (const block of bodyTextBlocks(doc)) {
    for (const link of linksIn(block)) {
      const target = { kind: 'body' as const, from: link.from, to: link.to };
      const href = link.href.trim();
      if (!FOLLOWABLE.test(href)) {
        findings.push({
          rule: 'bad-link',
          severity: 'error',
          message: href === '' ? `Body: the link on “${link.text.trim()}” has no address` : `Body: the link on “${link.text.trim()}” goes to “${href}”, which is not a web (http, https) or mailto address`,
          target,
        });
      }
      if (link.text.trim() === '') {
        findings.push({ rule: 'empty-link-text', severity: 'warning', message: `Body: a link to ${href || 'nowhere'} has no text to click`, target });
      }
    }
  }
  return findings;
}
