// The rule is pure and shared with the export preflight; it lives in shared/story now.
export { defaultCreditLine, type CreditFields } from '@shared/story/defaultCreditLine.ts';
