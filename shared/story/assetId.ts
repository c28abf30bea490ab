/** A picture in the library: its SHA-256 plus the extension of its real type. */
export const ASSET_ID = /^[a-f0-9]{64}\.(jpg|png|webp)$/;
