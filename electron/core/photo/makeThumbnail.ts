import { imageErrorToApiError } from './imageErrorToApiError.ts';
import { openImage } from './openImage.ts';

/** Thumbnail width for the library and the photo panel. */
export const THUMBNAIL_WIDTH = 320;

/** A small WebP preview of a picture. */
export interface Thumbnail {
  bytes: Buffer;
  width: number;
  height: number;
  format: 'webp';
}

/**
 * A WebP thumbnail `width` px wide (never wider than the picture), EXIF orientation applied, in
 * sRGB with no metadata. JPEG and WebP are shrunk while decoding (shrink-on-load), so a 24 MP JPEG
 * is never decoded at full size. Refuses hostile pictures with an ApiError (see openImage).
 */
export async function makeThumbnail(bytes: Uint8Array, { width = THUMBNAIL_WIDTH, name = 'The picture' }: { width?: number; name?: string } = {}): Promise<Thumbnail> {
  const image = await openImage(bytes, name);
  try {
    const { data, info } = await image
      .pipeline()
      .autoOrient()
      .resize({ width, withoutEnlargement: true, fastShrinkOnLoad: true })
      .toColourspace('srgb')
      .webp({ quality: 75, effort: 2 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height, format: 'webp' };
  } catch (error) {
    throw imageErrorToApiError(error, name);
  }
}
