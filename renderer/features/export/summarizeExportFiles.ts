/** The files of an export as the dialog lists them. */
export interface ExportFileSummary {
  /** The story documents, relative to the export folder: HTML first, then JSON, then anything else. */
  documents: string[];
  /** The picture files, relative to the images/ folder. */
  pictures: string[];
  /** How many pictures those files are: each picture's original and its sized copies count once. */
  pictureCount: number;
}

/** A picture's files share its SHA-256 ("<sha256>.jpg", "<sha256>-960.webp"); other names stand alone. */
const pictureOf = (name: string): string => /^[0-9a-f]{64}/.exec(name)?.[0] ?? name;

const ORDER = ['.html', '.json'];

function rank(name: string): number {
  const i = ORDER.findIndex((ext) => name.toLowerCase().endsWith(ext));
  return i < 0 ? ORDER.length : i;
}

/** Turns the absolute paths an export wrote into names relative to its folder, documents first. */
export function summarizeExportFiles(outDir: string, files: readonly string[]): ExportFileSummary {
  const base = outDir.replace(/[\\/]+$/, '');
  const relative = files.map((file) => {
    if (base !== '' && file.startsWith(base) && /^[\\/]/.test(file.slice(base.length))) return file.slice(base.length + 1);
    return file;
  });
  const documents: string[] = [];
  const pictures: string[] = [];
  for (const name of relative) {
    const picture = /^images[\\/](.+)$/.exec(name);
    if (picture?.[1]) pictures.push(picture[1]);
    else documents.push(name);
  }
  documents.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { documents, pictures, pictureCount: new Set(pictures.map(pictureOf)).size };
}
