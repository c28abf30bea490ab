import { z } from 'zod';
import { bodyNodeSchema, type BodyNode } from './bodySchema.ts';

/** The most top-level blocks a body may hold (as bodyDocSchema says). */
const MAX_BLOCKS = 100_000;

/**
 * The body's change since a saved version, as one splice of its top-level blocks: blocks `from` to
 * `to` (exclusive) of the saved body, which had `baseBlocks` blocks, are replaced by `blocks`.
 * Typing in one paragraph sends that paragraph alone; an autosave of a 20,000-word story then
 * carries a few hundred bytes instead of the whole body.
 */
export interface BodyEdit {
  baseBlocks: number;
  from: number;
  to: number;
  blocks: BodyNode[];
}

const blockIndex = z.number().int().min(0).max(MAX_BLOCKS);

export const bodyEditSchema: z.ZodType<BodyEdit> = z
  .object({
    baseBlocks: blockIndex,
    from: blockIndex,
    to: blockIndex,
    blocks: z.array(bodyNodeSchema).max(MAX_BLOCKS),
  })
  .strict()
  .refine((edit) => edit.from <= edit.to && edit.to <= edit.baseBlocks, 'the edited blocks must lie within the saved body')
  .refine((edit) => edit.baseBlocks - (edit.to - edit.from) + edit.blocks.length <= MAX_BLOCKS, `a body holds at most ${MAX_BLOCKS.toLocaleString('en')} blocks`);
