/** A safe file name for a saved PDF from what the renderer suggests (a slug or a headline): letters, digits and dashes, never a path. */
export function pdfFileName(suggested: unknown): string {
  const base = typeof suggested === 'string' ? suggested : '';
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${safe || 'story'}.pdf`;
}
