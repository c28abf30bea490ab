/** The credit-related fields of a picture, as stored (null or '' when unknown). */
export interface CreditFields {
  creditLine?: string | null | undefined;
  source?: string | null | undefined;
  creator?: string | null | undefined;
}

/**
 * The credit line printed under a picture. What the photo editor set wins; when it is empty the
 * house convention `SOURCE/CREATOR` applies ("EPA/MAURIZIO GAMBARINI"), or whichever of the two
 * exists, or '' when neither does. Values are used as written (no case change), only trimmed.
 */
export function defaultCreditLine({ creditLine, source, creator }: CreditFields): string {
  const set = creditLine?.trim();
  if (set) return set;
  return [source, creator]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join('/');
}
