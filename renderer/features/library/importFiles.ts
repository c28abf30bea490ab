import type { ApiClient, DocxImport } from '@shared/api/contract.ts';
import { describeError } from '../../stores/describeError.ts';

/** The part of a File that import needs; lets tests pass plain objects. */
export interface ImportableFile {
  name: string;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

export interface ImportReport {
  stories: { id: string; headline: string }[];
  /** Stories made from Word documents, with what the reporter should know about each. */
  documents: { id: string; headline: string; fileName: string; notices: string[] }[];
  pictures: number;
  /** One line per file that failed: "name: why". */
  errors: string[];
}

const IMAGE_NAME = /\.(jpe?g|png|webp)$/i;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function isDocxFile(file: ImportableFile): boolean {
  return file.type === DOCX_TYPE || /\.docx$/i.test(file.name);
}

export function isImageFile(file: ImportableFile): boolean {
  return file.type.startsWith('image/') || IMAGE_NAME.test(file.name);
}

/**
 * Imports pictures first (stories refer to them by hash, and the library
 * refuses a story whose pictures are missing), then each story file, then each
 * Word document (a new story each). `importDocxFile` lets the browser stream a
 * document rather than copy it through the page.
 */
export async function importFiles(
  api: Pick<ApiClient, 'importAsset' | 'importStory' | 'importDocx'>,
  files: readonly ImportableFile[],
  importDocxFile?: (file: ImportableFile) => Promise<DocxImport>,
): Promise<ImportReport> {
  const report: ImportReport = { stories: [], documents: [], pictures: 0, errors: [] };
  const images = files.filter(isImageFile);
  const documents = files.filter(isDocxFile);
  const others = files.filter((f) => !isImageFile(f) && !isDocxFile(f));

  for (const file of images) {
    try {
      await api.importAsset({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      report.pictures++;
    } catch (error) {
      report.errors.push(`${file.name}: ${describeError(error)}`);
    }
  }
  for (const file of others) {
    if (!/\.json$/i.test(file.name) && file.type !== 'application/json') {
      report.errors.push(`${file.name}: only story files (.json), Word documents (.docx) and pictures (JPEG, PNG, WebP) can be imported.`);
      continue;
    }
    try {
      const story = await api.importStory({ json: await file.text() });
      report.stories.push({ id: story.id, headline: story.headline });
    } catch (error) {
      report.errors.push(`${file.name}: ${describeError(error)}`);
    }
  }
  for (const file of documents) {
    try {
      const { story, notices } = importDocxFile
        ? await importDocxFile(file)
        : await api.importDocx({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      report.documents.push({ id: story.id, headline: story.headline, fileName: file.name, notices });
    } catch (error) {
      report.errors.push(`${file.name}: ${describeError(error)}`);
    }
  }
  return report;
}
