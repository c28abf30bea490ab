import type { ApiClient } from '@shared/api/contract.ts';
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
  pictures: number;
  /** One line per file that failed: "name: why". */
  errors: string[];
}

const IMAGE_NAME = /\.(jpe?g|png|webp)$/i;

export function isImageFile(file: ImportableFile): boolean {
  return file.type.startsWith('image/') || IMAGE_NAME.test(file.name);
}

/**
 * Imports pictures first (stories refer to them by hash, and the library
 * refuses a story whose pictures are missing), then each story file.
 */
export async function importFiles(
  api: Pick<ApiClient, 'importAsset' | 'importStory'>,
  files: readonly ImportableFile[],
): Promise<ImportReport> {
  const report: ImportReport = { stories: [], pictures: 0, errors: [] };
  const images = files.filter(isImageFile);
  const others = files.filter((f) => !isImageFile(f));

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
      report.errors.push(`${file.name}: only story files (.json) and pictures (JPEG, PNG, WebP) can be imported.`);
      continue;
    }
    try {
      const story = await api.importStory({ json: await file.text() });
      report.stories.push({ id: story.id, headline: story.headline });
    } catch (error) {
      report.errors.push(`${file.name}: ${describeError(error)}`);
    }
  }
  return report;
}
