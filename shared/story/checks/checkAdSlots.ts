import type { BodyDoc } from '../bodySchema.ts';
import { topLevelBlocks } from './bodyPositions.ts';
import type { DeskFinding } from './deskProblem.ts';

/**
 * Ad slots the page cannot place well: one as the body's first block (an ad before the first
 * paragraph), or one directly after another (two ads touching). Warnings pointing at the slot.
 */
export function checkAdSlots(doc: BodyDoc): DeskFinding[] {
  const findings: DeskFinding[] = [];
  topLevelBlocks(doc).forEach((block, i, blocks) => {
    if (block.node.type !== 'adSlot') return;
    const target = { kind: 'body' as const, from: block.pos, to: block.pos + 1 };
    if (i === 0) {
      findings.push({ rule: 'ad-slot-first', severity: 'warning', message: 'Body: an ad slot is the first block, before any text', target });
    } else if (blocks[i - 1]?.node.type === 'adSlot') {
      findings.push({ rule: 'ad-slot-after-ad-slot', severity: 'warning', message: 'Body: an ad slot directly after another ad slot', target });
    }
  });
  return findings;
}
