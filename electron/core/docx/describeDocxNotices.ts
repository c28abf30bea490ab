import type { DocxCounts } from './DocxCounts.ts';
import type { DocxFacts } from './openDocx.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const places = (n: number): string => plural(n, 'place', 'places');

/** mammoth warnings Newsdesk already reports in its own words (styles), or that say nothing to a reporter. */
const COVERED_WARNING = /^Unrecognised (paragraph|run) style|^Paragraph style with ID .* was referenced but not defined|^Run style with ID .* was referenced but not defined/;

/**
 * What a reporter should know about an imported Word document: what was dropped, what was
 * changed, and what a story cannot hold. One plain sentence each, most important first.
 */
export function describeDocxNotices(args: {
  counts: DocxCounts;
  facts: DocxFacts;
  mammothWarnings: string[];
  /** Pictures that could not be added, one sentence each. */
  pictureProblems: string[];
  headline: string;
}): string[] {
  const { counts, facts } = args;
  const notices: string[] = [];
  if (args.headline === '') notices.push('The document has no title or heading, so the headline is empty: write one.');
  if (counts.comments.size > 0) {
    notices.push(`${plural(counts.comments.size, 'comment was', 'comments were')} dropped; comments are not part of a story.`);
  }
  if (facts.insertions + facts.deletions + facts.formatChanges > 0) {
    const parts = [
      facts.insertions > 0 ? `${plural(facts.insertions, 'insertion', 'insertions')} kept` : '',
      facts.deletions > 0 ? `${plural(facts.deletions, 'deletion', 'deletions')} removed` : '',
      facts.formatChanges > 0 ? `${plural(facts.formatChanges, 'formatting change', 'formatting changes')} applied` : '',
    ].filter(Boolean);
    notices.push(`Tracked changes were accepted as shown: ${parts.join(', ')}. The change marks were dropped.`);
  }
  const notes = counts.footnotes + counts.endnotes;
  if (notes > 0) {
    const kinds = [counts.footnotes > 0 ? plural(counts.footnotes, 'footnote', 'footnotes') : '', counts.endnotes > 0 ? plural(counts.endnotes, 'endnote', 'endnotes') : '']
      .filter(Boolean)
      .join(' and ');
    notices.push(`${kinds} became the Notes section at the end, marked [1]${notes > 1 ? `–[${notes}]` : ''} in the text.`);
  }
  if (counts.subtitleAsStandfirst) notices.push('The subtitle became the standfirst.');
  notices.push(...args.pictureProblems);
  if (counts.tables > 0) {
    notices.push(`Tables are not supported: ${plural(counts.tables, 'table was', 'tables were')} imported as paragraphs, one per cell.`);
  }
  if (facts.textBoxes > 0) {
    notices.push(`Text boxes are not supported: the text of ${plural(facts.textBoxes, 'text box was', 'text boxes were')} kept as ordinary paragraphs.`);
  }
  if (counts.deepHeadings > 0) notices.push(`Headings below level 3 became level-3 headings (${places(counts.deepHeadings)}).`);
  const formatting: [number, string][] = [
    [counts.underline, 'Underline'],
    [counts.strikethrough, 'Strikethrough'],
    [counts.highlight, 'Highlighting'],
    [facts.coloredRuns, 'Text colour'],
    [counts.capitals, 'Capitals and small capitals formatting'],
    [counts.superSubscript, 'Superscript and subscript'],
  ];
  for (const [n, what] of formatting) if (n > 0) notices.push(`${what} was not kept (${places(n)}); the text itself was.`);
  for (const [name, n] of counts.paragraphStyles) {
    notices.push(`The paragraph style “${name}” is not supported: ${plural(n, 'paragraph was', 'paragraphs were')} kept as plain paragraphs.`);
  }
  for (const [name, n] of counts.runStyles) notices.push(`The character style “${name}” is not supported; its text was kept without it (${places(n)}).`);
  if (counts.bookmarkLinks > 0) {
    notices.push(`${plural(counts.bookmarkLinks, 'link to a place', 'links to places')} inside the document ${counts.bookmarkLinks === 1 ? 'was' : 'were'} kept as plain text.`);
  }
  if (counts.unsafeLinks > 0) {
    notices.push(`${plural(counts.unsafeLinks, 'link was', 'links were')} kept as plain text: a story links only to web (http, https) and e-mail (mailto) addresses.`);
  }
  const others = [...new Set(args.mammothWarnings.filter((w) => !COVERED_WARNING.test(w)))];
  if (others.length > 0) notices.push(`Some parts of the document could not be read and were left out: ${others.join('; ')}.`);
  return notices;
}
