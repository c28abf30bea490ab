import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BodyEdit } from '@shared/story/bodyEditSchema.ts';
import type { BodyNode } from '@shared/story/bodySchema.ts';

/**
 * The edit that turns the body `saved` into `current`: the top-level blocks between their longest
 * common start and common end, compared by identity. ProseMirror keeps every block a change did
 * not touch as the same object from one document to the next, so this compares references and
 * serialises only the blocks in between: typing in one paragraph gives that paragraph alone.
 */
export function bodyEditSince(saved: ProseMirrorNode, current: ProseMirrorNode): BodyEdit {
  const before = saved.childCount;
  const after = current.childCount;
  let start = 0;
  while (start < before && start < after && saved.child(start) === current.child(start)) start++;
  let end = 0;
  while (end < before - start && end < after - start && saved.child(before - 1 - end) === current.child(after - 1 - end)) end++;
  const blocks: BodyNode[] = [];
  for (let i = start; i < after - end; i++) blocks.push(current.child(i).toJSON() as BodyNode);
  return { baseBlocks: before, from: start, to: before - end, blocks };
}
