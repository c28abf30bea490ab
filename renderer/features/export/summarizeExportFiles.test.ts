import { describe, expect, it } from 'vitest';
import { suggestFolder } from './suggestFolder.ts';
import { summarizeExportFiles } from './summarizeExportFiles.ts';

describe('summarizeExportFiles', () => {
  it('lists names relative to the folder, HTML then JSON, pictures apart', () => {
    const dir = '/home/ana/Exports/nato';
    const summary = summarizeExportFiles(`${dir}/`, [`${dir}/images/b.jpg`, `${dir}/images/a.png`, `${dir}/nato.json`, `${dir}/nato.html`]);
    expect(summary).toEqual({ documents: ['nato.html', 'nato.json'], pictures: ['b.jpg', 'a.png'], pictureCount: 2 });
  });
  it('counts each picture once, however many sized copies it was written in', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const files = [`${a}.jpg`, `${a}-480.jpg`, `${a}-480.webp`, `${a}-960.webp`, `${b}.png`, `${b}-600.webp`].map((f) => `/out/images/${f}`);
    const summary = summarizeExportFiles('/out', files);
    expect(summary.pictures).toHaveLength(6);
    expect(summary.pictureCount).toBe(2);
  });
  it('handles Windows paths and leaves a path from elsewhere whole', () => {
    const dir = 'C:\\Exports\\nato';
    expect(summarizeExportFiles(dir, [`${dir}\\nato.json`, `${dir}\\images\\a.webp`, 'D:\\other\\x.html'])).toEqual({
      documents: ['D:\\other\\x.html', 'nato.json'],
      pictures: ['a.webp'],
      pictureCount: 1,
    });
    // A sibling folder that merely starts with the same letters is not inside it.
    expect(summarizeExportFiles('/x/nato', ['/x/nato-2/nato.html']).documents).toEqual(['/x/nato-2/nato.html']);
  });
});

describe('suggestFolder', () => {
  it('appends -2, -3, … to the folder it is given, numbers in the name included', () => {
    expect(suggestFolder('/home/ana/Exports/nato')).toBe('/home/ana/Exports/nato-2');
    expect(suggestFolder('/home/ana/Exports/nato/', 3)).toBe('/home/ana/Exports/nato-3');
    expect(suggestFolder('C:\\Exports\\covid-19')).toBe('C:\\Exports\\covid-19-2');
  });
});
