/** Tolerant readers for parsed JSON of unknown shape: a wrong type reads as absent. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function asObjects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.map(asObject).filter((o): o is JsonObject => o !== null) : [];
}

export function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The `value` of the first entry with one of `roles` (in that order of preference); '' when none. */
export function textWithRole(entries: unknown, roles: readonly (string | undefined)[]): string {
  const list = asObjects(entries);
  for (const role of roles) {
    const hit = list.find((e) => (role === undefined ? e.role === undefined : e.role === role) && typeof e.value === 'string');
    if (hit) return asString(hit.value);
  }
  return '';
}

/** The value of the first `altids` entry with this role; '' when none. */
export function altId(item: JsonObject, role: string): string {
  return asString(asObjects(item.altids).find((a) => a.role === role)?.value);
}

/** Cuts text to a schema's length limit (in UTF-16 units, as zod counts). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}
