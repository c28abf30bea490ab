/** The spellchecker language when settings.json names none. */
export const DEFAULT_SPELLCHECK_LANGUAGE = 'en-US';
