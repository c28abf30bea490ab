/** What the conversion of a Word document met that a story cannot hold as it was, counted for the notices. */
export interface DocxCounts {
  underline: number;
  strikethrough: number;
  highlight: number;
  capitals: number;
  superSubscript: number;
  /** Paragraph style name → paragraphs kept as plain paragraphs. */
  paragraphStyles: Map<string, number>;
  /** Character style name → runs whose style was not kept. */
  runStyles: Map<string, number>;
  tables: number;
  /** Links to a place inside the document (a bookmark), kept as text. */
  bookmarkLinks: number;
  /** Links to other than http(s) or mailto (file:, javascript:, …), kept as text. */
  unsafeLinks: number;
  /** Distinct comments anchored in the text. */
  comments: Set<string>;
  /** Headings of level 4 to 6, made level 3. */
  deepHeadings: number;
  /** A subtitle paragraph that became the standfirst. */
  subtitleAsStandfirst: boolean;
  /** Footnotes and endnotes moved to the Notes section. */
  footnotes: number;
  endnotes: number;
  pictures: number;
}

export function emptyDocxCounts(): DocxCounts {
  return {
    underline: 0,
    strikethrough: 0,
    highlight: 0,
    capitals: 0,
    superSubscript: 0,
    paragraphStyles: new Map(),
    runStyles: new Map(),
    tables: 0,
    bookmarkLinks: 0,
    unsafeLinks: 0,
    comments: new Set(),
    deepHeadings: 0,
    subtitleAsStandfirst: false,
    footnotes: 0,
    endnotes: 0,
    pictures: 0,
  };
}

export function countIn(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
