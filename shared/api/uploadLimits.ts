/** Over HTTP, importAsset sends raw bytes; the file name travels URL-encoded in this header. */
export const ASSET_FILE_NAME_HEADER = 'X-Newsdesk-File-Name';

/** Pictures may be at most this big on the way in (bytes). */
export const MAX_ASSET_BYTES = 80 * 1024 * 1024;

/** Word documents (.docx) may be at most this big on the way in (bytes). Over HTTP, importDocx sends raw bytes like importAsset. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
