/** Pictures bigger than this many pixels are refused before decoding (decompression bombs). */
export const MAX_INPUT_PIXELS = 100_000_000;
