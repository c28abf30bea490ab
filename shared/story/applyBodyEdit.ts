import { ApiError } from '../api/apiError.ts';
import type { BodyEdit } from './bodyEditSchema.ts';
import type { BodyDoc } from './bodySchema.ts';

/**
 * The body after `edit`, a splice of `base`'s top-level blocks. Unchanged blocks are shared with
 * `base`, not copied. An edit made against another version of the body (another block count) is
 * refused with a bad-input ApiError, and the caller sends the whole body instead.
 */
export function applyBodyEdit(base: BodyDoc, edit: BodyEdit): BodyDoc {
  const blocks = base.content;
  if (edit.baseBlocks !== blocks.length || edit.from > edit.to || edit.to > blocks.length) {
    throw new ApiError(
      'bad-input',
      `The body's changes do not fit the saved story (it has ${blocks.length} blocks, the changes expect ${edit.baseBlocks}); send the whole story instead.`,
    );
  }
  return { ...base, content: [...blocks.slice(0, edit.from), ...edit.blocks, ...blocks.slice(edit.to)] };
}
