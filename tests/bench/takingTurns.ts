/**
 * A side for `alternate()` that has several instances (pages, processes …): each call runs `run` on the
 * next of `items`, in turn, so the rounds spread evenly over them.
 */
export function takingTurns<T>(items: readonly T[], run: (item: T) => Promise<number[]>): () => Promise<number[]> {
  if (items.length === 0) throw new Error('takingTurns needs at least one item');
  let next = 0;
  return () => run(items[next++ % items.length]);
}
