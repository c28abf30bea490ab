import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';

export const SEED_STORY_FILE = fileURLToPath(new URL('../fixtures/seed-article/seed-article.json', import.meta.url));

interface ExportFile {
  story: { id: string; headline: string };
  assets: { assetId: string; path: string }[];
}

/**
 * Imports a story in the JSON export format into a running host through its HTTP API, pictures first,
 * exactly as the Import button does. `request` must already carry the host's cookie.
 */
export async function importFixtureStory(request: APIRequestContext, file = SEED_STORY_FILE): Promise<{ id: string; headline: string }> {
  const json = await readFile(file, 'utf8');
  const parsed = JSON.parse(json) as ExportFile;
  for (const asset of parsed.assets) {
    const bytes = await readFile(join(dirname(file), asset.path));
    const response = await request.post('/api/importAsset', {
      headers: { 'Content-Type': 'application/octet-stream', 'X-Newsdesk-File-Name': encodeURIComponent(asset.assetId) },
      data: bytes,
    });
    if (!response.ok()) throw new Error(`importAsset failed: ${response.status()} ${await response.text()}`);
  }
  const response = await request.post('/api/importStory', { data: { json } });
  if (!response.ok()) throw new Error(`importStory failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id: string; headline: string };
}
