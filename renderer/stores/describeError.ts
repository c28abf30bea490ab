/** A readable one-line message for anything thrown by the API or the app. */
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const e = error as { message?: unknown; details?: unknown };
    const message = typeof e.message === 'string' && e.message.trim() !== '' ? e.message.trim() : 'Something went wrong.';
    const details = Array.isArray(e.details) ? e.details.filter((d): d is string => typeof d === 'string') : [];
    const extra = details.filter((d) => !message.includes(d)).slice(0, 3);
    return extra.length > 0 ? `${message} (${extra.join('; ')})` : message;
  }
  return typeof error === 'string' && error !== '' ? error : 'Something went wrong.';
}

/** The error's machine-readable code, when it has one. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return null;
}
