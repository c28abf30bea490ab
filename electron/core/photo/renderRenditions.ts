import { createHash } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import { ApiError } from '@shared/api/apiError.ts';
import { buildPhotoXmp, type PhotoXmpFields } from './buildPhotoXmp.ts';
import { imageErrorToApiError } from './imageErrorToApiError.ts';
import { openImage } from './openImage.ts';

/** Export widths for `srcset`; a picture narrower than one of them gets its own width instead. */
export const RENDITION_WIDTHS = [480, 960, 1600] as const;

/** One exported file, e.g. `<sha256>-960.webp`. */
export interface Rendition {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  fileName: string;
  bytes: Buffer;
}

export interface RenderRenditionsOptions {
  /** Caption, credit, creator, copyright and alt text to write into every file as XMP. */
  metadata: PhotoXmpFields;
  /** SHA-256 (hex) of the original, used in file names; computed from the bytes when omitted. */
  sha?: string;
  widths?: readonly number[];
  /** The picture's name for error messages. */
  name?: string;
}

const EXT = { webp: 'webp', jpeg: 'jpg' } as const;

/**
 * Export renditions of a picture in WebP and JPEG at each width (never upscaled): EXIF orientation
 * applied, converted to sRGB (with an sRGB profile embedded), all other metadata dropped (no GPS,
 * no camera serial), and the caption, credit, creator, copyright and alt text written back as XMP.
 * The picture is decoded once; every size is made from that decode. Sorted by width, WebP first.
 */
export async function renderRenditions(bytes: Uint8Array, options: RenderRenditionsOptions): Promise<Rendition[]> {
  const name = options.name ?? 'The picture';
  const sha = options.sha ?? createHash('sha256').update(bytes).digest('hex');
  if (!/^[0-9a-f]{64}$/.test(sha)) throw new ApiError('bad-input', `"${sha.slice(0, 80)}" is not a SHA-256 in hex.`);
  const image = await openImage(bytes, name);
  const widths = renditionWidths(options.widths ?? RENDITION_WIDTHS, image.width);
  const largest = widths[widths.length - 1] ?? image.width;
  const xmp = buildPhotoXmp(options.metadata);

  let base: { data: Buffer; info: OutputInfo };
  try {
    base = await image
      .pipeline()
      .autoOrient()
      .resize({ width: largest, withoutEnlargement: true, fastShrinkOnLoad: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw imageErrorToApiError(error, name);
  }
  const raw = { width: base.info.width, height: base.info.height, channels: base.info.channels } as const;

  const out: Rendition[] = [];
  for (const width of widths) {
    for (const format of ['webp', 'jpeg'] as const) {
      // Raw pixels we just decoded ourselves: no loader, no untrusted parsing left.
      let pipeline = sharp(base.data, { raw }).resize({ width }).withIccProfile('srgb').withXmp(xmp);
      pipeline =
        format === 'jpeg'
          ? pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, progressive: true })
          : pipeline.webp({ quality: 80 });
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
      out.push({ width: info.width, height: info.height, format, fileName: `${sha}-${info.width}.${EXT[format]}`, bytes: data });
    }
  }
  return out;
}

/** The requested widths below the original's, plus the original width when any request reaches it. */
function renditionWidths(requested: readonly number[], originalWidth: number): number[] {
  const valid = requested.filter((w) => Number.isInteger(w) && w > 0);
  const below = valid.filter((w) => w < originalWidth);
  const reaches = valid.length === 0 || valid.some((w) => w >= originalWidth);
  return [...new Set([...below, ...(reaches ? [originalWidth] : [])])].sort((a, b) => a - b);
}
