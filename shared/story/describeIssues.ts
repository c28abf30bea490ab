import type { z } from 'zod';

/** Readable one-line-per-problem text for a failed zod validation: "hero.credit: too long". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
}
