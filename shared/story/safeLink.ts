/** Links may only point to the web or to an e-mail address. */
export const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
