import { describe, expect, it } from 'vitest';
import type { ApiClient } from '@shared/api/contract.ts';
import { ApiError } from '@shared/api/apiError.ts';
import { createStory } from '@shared/story/createStory.ts';
import { importFiles, type ImportableFile } from './importFiles.ts';

const file = (name: string, type: string, content: string): ImportableFile => ({
  name,
  type,
  arrayBuffer: () => Promise.resolve(new TextEncoder().encode(content).buffer),
  text: () => Promise.resolve(content),
});

describe('importFiles', () => {
  it('sends pictures before stories and reports each failure by file name', async () => {
    const calls: string[] = [];
    const api: Pick<ApiClient, 'importAsset' | 'importStory' | 'importDocx'> = {
      importAsset: ({ fileName }) => {
        calls.push(`asset:${fileName}`);
        if (fileName === 'bad.png') return Promise.reject(new ApiError('unsupported-media', 'this is not a picture'));
        return Promise.resolve({ assetId: 'x', mime: 'image/png', byteLength: 1, width: 1, height: 1, metadata: null });
      },
      importStory: ({ json }) => {
        calls.push(`story:${json}`);
        if (json === 'broken') return Promise.reject(new ApiError('bad-input', 'the file is not a story'));
        return Promise.resolve({ ...createStory(), headline: json });
      },
      importDocx: ({ fileName }) => {
        calls.push(`docx:${fileName}`);
        if (fileName === 'locked.docx') return Promise.reject(new ApiError('unsupported-media', 'it is protected with a password'));
        return Promise.resolve({ story: { ...createStory(), headline: 'From Word' }, notices: ['1 comment was dropped.'] });
      },
    };
    const report = await importFiles(api, [
      file('story.json', 'application/json', 'A'),
      file('photo.jpg', 'image/jpeg', 'jpg'),
      file('broken.json', '', 'broken'),
      file('bad.png', 'image/png', 'png'),
      file('notes.txt', 'text/plain', 'hello'),
      file('report.docx', '', 'PK'),
      file('locked.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'x'),
    ]);
    expect(calls).toEqual(['asset:photo.jpg', 'asset:bad.png', 'story:A', 'story:broken', 'docx:report.docx', 'docx:locked.docx']);
    expect(report.documents.map((d) => [d.fileName, d.headline, d.notices])).toEqual([['report.docx', 'From Word', ['1 comment was dropped.']]]);
    expect(report.pictures).toBe(1);
    expect(report.stories.map((s) => s.headline)).toEqual(['A']);
    expect(report.errors).toEqual([
      'bad.png: this is not a picture',
      'broken.json: the file is not a story',
      'notes.txt: only story files (.json), Word documents (.docx) and pictures (JPEG, PNG, WebP) can be imported.',
      'locked.docx: it is protected with a password',
    ]);
  });
});
