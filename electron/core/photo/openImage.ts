import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import { ApiError } from '@shared/api/apiError.ts';
import { MAX_INPUT_PIXELS } from '../maxInputPixels.ts';
import { describeFileKind } from '../describeFileKind.ts';
import { sniffImageType, type SniffedImageType } from '../sniffImageType.ts';
import { imageErrorToApiError } from './imageErrorToApiError.ts';

/** The options every pipeline on untrusted picture bytes uses. */
export const UNTRUSTED_INPUT_OPTIONS = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true } as const satisfies SharpOptions;

/**
 * libvips loaders left enabled. Every other loader (SVG, PDF, TIFF, GIF, HEIF, JPEG 2000, UltraHDR,
 * FITS, Matlab, .vips, OpenSlide, ImageMagick, raw, CSV, matrix…) is blocked for the whole process:
 * blocking the `VipsForeignLoad` base class and re-opening three subtrees cannot miss a loader
 * whose name we misspelt or that a future libvips adds.
 */
export const ALLOWED_LOADERS = ['VipsForeignLoadJpeg', 'VipsForeignLoadPng', 'VipsForeignLoadWebp'] as const;

sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({ operation: [...ALLOWED_LOADERS] });

/** A picture whose type and header have been checked; nothing has been decoded yet. */
export interface OpenedImage {
  /** The name used in error messages, e.g. "photo.jpg" or "The picture". */
  name: string;
  type: SniffedImageType;
  format: 'jpeg' | 'png' | 'webp';
  /** Pixel size as displayed, i.e. after applying the EXIF orientation. */
  width: number;
  height: number;
  /** sharp's header metadata (includes the raw `exif`, `xmp` and `iptc` blocks). */
  metadata: Metadata;
  /** A fresh sharp pipeline over the bytes, with the untrusted-input limits. Map its failures with imageErrorToApiError. */
  pipeline(): Sharp;
}

const FORMAT_FOR_EXT = { jpg: 'jpeg', png: 'png', webp: 'webp' } as const;

/**
 * The one place Newsdesk opens untrusted picture bytes with sharp. Judges the type by the bytes
 * (JPEG, PNG, WebP only) and refuses pictures over 100 megapixels from their header, before any
 * pixel is decoded. Truncated or corrupt pixel data is found when a pipeline decodes it
 * (`failOn: 'error'`), and surfaces as an `unsupported-media` ApiError via imageErrorToApiError.
 */
export async function openImage(bytes: Uint8Array, name = 'The picture'): Promise<OpenedImage> {
  if (bytes.byteLength === 0) throw new ApiError('unsupported-media', `${name} is empty (0 bytes), so it is not a picture.`);
  const type = sniffImageType(bytes);
  if (!type) {
    const kind = describeFileKind(bytes);
    throw new ApiError('unsupported-media', `${name} is not a JPEG, PNG or WebP picture${kind ? ` (it looks like ${kind})` : ''}.`);
  }
  let metadata: Metadata;
  try {
    // Header only; the pixel limit is checked below so the message can say what the file claims.
    metadata = await sharp(bytes, { ...UNTRUSTED_INPUT_OPTIONS, limitInputPixels: false }).metadata();
  } catch (error) {
    throw imageErrorToApiError(error, name);
  }
  const rawWidth = metadata.width ?? 0;
  const rawHeight = metadata.height ?? 0;
  if (rawWidth <= 0 || rawHeight <= 0) throw new ApiError('unsupported-media', `${name} does not say how large it is, so it cannot be used.`);
  if (rawWidth * rawHeight > MAX_INPUT_PIXELS) {
    const megapixels = Math.round((rawWidth * rawHeight) / 1_000_000);
    throw new ApiError(
      'too-large',
      `${name} claims ${rawWidth}×${rawHeight} pixels (${megapixels} megapixels); Newsdesk opens pictures up to ${MAX_INPUT_PIXELS / 1_000_000} megapixels. Make a smaller copy and add that.`,
    );
  }
  return {
    name,
    type,
    format: FORMAT_FOR_EXT[type.ext],
    width: metadata.autoOrient?.width ?? rawWidth,
    height: metadata.autoOrient?.height ?? rawHeight,
    metadata,
    pipeline: () => sharp(bytes, UNTRUSTED_INPUT_OPTIONS),
  };
}
