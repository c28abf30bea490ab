import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { describeFileKind } from './describeFileKind.ts';
import { sniffImageType } from './sniffImageType.ts';

const base = () => sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 10, g: 120, b: 200 } } });

describe('sniffImageType', () => {
  it('recognises real JPEG, PNG and WebP bytes', async () => {
    expect(sniffImageType(await base().jpeg().toBuffer())).toEqual({ mime: 'image/jpeg', ext: 'jpg' });
    expect(sniffImageType(await base().png().toBuffer())).toEqual({ mime: 'image/png', ext: 'png' });
    expect(sniffImageType(await base().webp().toBuffer())).toEqual({ mime: 'image/webp', ext: 'webp' });
  });

  it('rejects other formats, text and short input', async () => {
    expect(sniffImageType(await base().gif().toBuffer())).toBeNull();
    expect(sniffImageType(await base().tiff().toBuffer())).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('just some notes'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeNull();
  });
});

describe('describeFileKind', () => {
  it('names common non-picture files for error messages', async () => {
    expect(describeFileKind(new TextEncoder().encode('Reporter notes, Brussels'))).toBe('plain text');
    expect(describeFileKind(await base().gif().toBuffer())).toBe('a GIF picture');
    expect(describeFileKind(new TextEncoder().encode('%PDF-1.7\n'))).toBe('a PDF document');
    expect(describeFileKind(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('an SVG drawing');
    expect(describeFileKind(new Uint8Array([0, 1, 2, 3, 250, 251]))).toBeNull();
  });
});
