import type { ReactNode } from 'react';

/** Names of the toolbar's small line icons. */
export type ToolbarIconName = 'link' | 'quote' | 'bullets' | 'numbers' | 'undo' | 'redo' | 'picture' | 'ad' | 'newsletter';

const PATHS: Record<ToolbarIconName, ReactNode> = {
  link: (
    <>
      <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2l-.9.9" />
      <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3.2 8.6a3 3 0 0 0 4.2 4.2l.9-.9" />
    </>
  ),
  quote: (
    <>
      <path d="M3 3v10" />
      <path d="M6.5 5h6.5M6.5 8h6.5M6.5 11h4" />
    </>
  ),
  bullets: (
    <>
      <circle cx="3" cy="4.5" r=".9" fill="currentColor" />
      <circle cx="3" cy="8" r=".9" fill="currentColor" />
      <circle cx="3" cy="11.5" r=".9" fill="currentColor" />
      <path d="M6 4.5h7.5M6 8h7.5M6 11.5h7.5" />
    </>
  ),
  numbers: (
    <>
      <path d="M2.2 3.2 3.3 2.6v3.6M6 4.5h7.5M6 8h7.5M6 11.5h7.5" />
      <path d="M2.2 9.7c.2-.6 1.9-.8 1.9.2 0 .9-1.9 1.4-1.9 2.6h2" />
    </>
  ),
  undo: <path d="M5.5 3.5 2.5 6.5l3 3M2.8 6.5h6.7a3.5 3.5 0 0 1 0 7H7" />,
  redo: <path d="m10.5 3.5 3 3-3 3M13.2 6.5H6.5a3.5 3.5 0 0 0 0 7H9" />,
  picture: (
    <>
      <rect x="2" y="3" width="12" height="10" rx="1.5" />
      <circle cx="5.8" cy="6.3" r="1.1" />
      <path d="m2.5 12 3.8-3.8 2.6 2.6 1.6-1.6 3 3" />
    </>
  ),
  ad: (
    <>
      <rect x="2" y="4" width="12" height="8" rx="1.5" strokeDasharray="2 1.6" />
      <path d="M6 10V7.4a1 1 0 0 1 2 0V10M6 8.6h2M10 6.5v3.5" />
    </>
  ),
  newsletter: (
    <>
      <rect x="2" y="3.5" width="12" height="9" rx="1.5" />
      <path d="m2.5 4.5 5.5 4 5.5-4" />
    </>
  ),
};

/** A 16 px line icon for a toolbar button; decorative, the button carries the name. */
export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg className="nd-tool-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
      {PATHS[name]}
    </svg>
  );
}
