import type { Story } from '../storySchema.ts';
import { pictureFindings } from './checkPictures.ts';
import type { DeskFinding, DeskTarget } from './deskProblem.ts';

/** Rail items without a title or a URL (errors: a card that says or leads nowhere), and their pictures' problems. */
export function checkRailItems(story: Pick<Story, 'rails'>): DeskFinding[] {
  const findings: DeskFinding[] = [];
  story.rails.forEach((rail, r) => {
    const railName = rail.name.trim() === '' ? `Rail ${r + 1}` : `Rail “${rail.name.trim()}”`;
    rail.items.forEach((item, i) => {
      const where = `${railName}, item ${i + 1}`;
      const target: DeskTarget = { kind: 'rail-item', railIndex: r + 1, itemIndex: i + 1 };
      if (item.title.trim() === '') findings.push({ rule: 'rail-item-missing-title', severity: 'error', message: `${where}: no title`, target });
      if (item.url.trim() === '') findings.push({ rule: 'rail-item-missing-url', severity: 'error', message: `${where}: no URL`, target });
      findings.push(...pictureFindings(item.picture, `${where}, picture`, target));
    });
  });
  return findings;
}
