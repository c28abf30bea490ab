/** True on macOS (and iOS), where app shortcuts use Cmd instead of Ctrl. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
