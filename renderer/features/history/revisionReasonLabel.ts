import type { RevisionReason } from '@shared/api/contract.ts';

const LABELS: Record<RevisionReason, string> = {
  'autosave-interval': 'Autosaved',
  'before-export': 'Before export',
  'before-restore': 'Before restore',
  imported: 'Imported',
  'before-migration': 'Before format update',
};

/** Why a version was kept, in plain words for the History panel. */
export function revisionReasonLabel(reason: RevisionReason): string {
  return LABELS[reason];
}
