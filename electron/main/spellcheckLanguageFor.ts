/**
 * The spellchecker language to use for a BCP 47 tag, from those Electron offers
 * (`session.availableSpellCheckerLanguages`, e.g. "en-US", "en-GB", "de", "fr"): the same tag, else
 * one of the same language ("de-CH" → "de" or "de-DE"), else null. Case-insensitive.
 */
export function spellcheckLanguageFor(tag: string, available: readonly string[]): string | null {
  const wanted = tag.toLowerCase();
  const exact = available.find((a) => a.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0] ?? wanted;
  return available.find((a) => a.toLowerCase() === primary) ?? available.find((a) => a.toLowerCase().split('-')[0] === primary) ?? null;
}
