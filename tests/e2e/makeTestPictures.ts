import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

export interface TestPicture {
  path: string;
  /** What the library must call it: `<sha256 of the bytes>.<ext>`. */
  assetId: string;
  width: number;
  height: number;
}

/** A real picture file (a colour gradient, so encoders do real work), written into `dir`. */
export async function makeTestPicture(dir: string, name: string, format: 'jpeg' | 'png', width: number, height: number, hue: number): Promise<TestPicture> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (hue + x) % 256;
      raw[i + 1] = Math.round((255 * y) / height);
      raw[i + 2] = (hue * 3 + x + y) % 256;
    }
  }
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  const bytes = format === 'jpeg' ? await image.jpeg({ quality: 80 }).toBuffer() : await image.png().toBuffer();
  const path = join(dir, name);
  await writeFile(path, bytes);
  const ext = format === 'jpeg' ? 'jpg' : 'png';
  return { path, assetId: `${createHash('sha256').update(bytes).digest('hex')}.${ext}`, width, height };
}

/** A fresh temp folder for one test's files. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'nd-e2e-files-'));
}

/** sha256 of a file, to compare exported pictures with the originals. */
export async function sha256OfFile(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}
