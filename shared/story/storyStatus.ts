/** Where a story is on its way from the reporter to the page. */
export const STORY_STATUSES = ['draft', 'ready-for-photo-desk', 'ready-for-desk', 'approved'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export const STATUS_LABELS: Record<StoryStatus, string> = {
  draft: 'Draft',
  'ready-for-photo-desk': 'Ready for photo desk',
  'ready-for-desk': 'Ready for desk',
  approved: 'Approved',
};
