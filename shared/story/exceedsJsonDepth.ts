/**
 * The deepest a story's JSON may nest. A real story is shallow (story → body → a list in a
 * list in a quote is still under 40 levels); the limit only stops hostile files, whose
 * thousands of levels would overflow the stack of the recursive body validation.
 */
export const MAX_STORY_JSON_DEPTH = 200;

/**
 * True when parsed JSON nests arrays/objects deeper than `maxDepth` levels. Walks
 * with its own stack (never recursion), so any depth is measured without a crash,
 * and stops at the first value past the limit.
 */
export function exceedsJsonDepth(value: unknown, maxDepth: number = MAX_STORY_JSON_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > maxDepth) return true;
    const children: unknown[] = Array.isArray(item.value) ? item.value : Object.values(item.value);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth });
    }
  }
  return false;
}
