import { describe, expect, it } from 'vitest';
import { pictureFactsText } from './pictureFactsText.ts';

describe('pictureFactsText', () => {
  it('shows pixel size and format, or only the format when the size is unknown', () => {
    const base = { assetId: 'a', mime: 'image/jpeg', byteLength: 10, metadata: null } as const;
    expect(pictureFactsText({ ...base, width: 4000, height: 3000 })).toBe('4,000 × 3,000 px · JPEG');
    expect(pictureFactsText({ ...base, mime: 'image/webp', width: null, height: null })).toBe('WebP');
  });
});
