import { describe, expect, it } from 'vitest';
import { pdfFileName } from './pdfFileName.ts';

describe('pdfFileName', () => {
  it('keeps a slug as it is', () => {
    expect(pdfFileName('summit-in-rome')).toBe('summit-in-rome.pdf');
  });
  it('never lets a path or odd characters through', () => {
    expect(pdfFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(pdfFileName('C:\\Windows\\x')).toBe('c-windows-x.pdf');
    expect(pdfFileName('Café “Zürich”')).toBe('cafe-zurich.pdf');
  });
  it('falls back to story.pdf and stays short', () => {
    expect(pdfFileName('')).toBe('story.pdf');
    expect(pdfFileName(42)).toBe('story.pdf');
    expect(pdfFileName('a'.repeat(300))).toBe(`${'a'.repeat(80)}.pdf`);
  });
});
