/**
 * Folds text for searching: lower case, accents removed ("Élan" finds "elan"),
 * ß as ss, typographic apostrophes as plain ones.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘]/g, "'");
}

/** The words of a query, folded; an empty list means "everything matches". */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  return normalizeForSearch(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/** True when every term occurs in the (already folded) text. */
export function matchesAllTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}
