import type { DeskTarget } from './deskProblem.ts';

/**
 * Where a problem is, in a few words for the command line: "headline, characters 71–84",
 * "body, positions 15–17", "hero picture", "body picture 2", "rail 1, item 3".
 * Field characters are counted from 1, as an editor would; body positions are ProseMirror's.
 */
export function describeDeskTarget(target: DeskTarget): string {
  switch (target.kind) {
    case 'field':
      if (target.to - target.from === 1) return `${target.field}, character ${target.to}`;
      return target.to > target.from ? `${target.field}, characters ${target.from + 1}–${target.to}` : target.field;
    case 'body':
      return `body, positions ${target.from}–${target.to}`;
    case 'hero':
      return 'hero picture';
    case 'figure':
      return `body picture ${target.index} (position ${target.pos})`;
    case 'rail-item':
      return `rail ${target.railIndex}, item ${target.itemIndex}`;
  }
}
