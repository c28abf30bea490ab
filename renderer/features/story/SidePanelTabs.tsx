import { useRef, type KeyboardEvent } from 'react';
import { useBodyFiguresStore } from '../../stores/bodyFiguresStore.ts';
import { useSidePanelStore, type SidePanelTab } from '../../stores/sidePanelStore.ts';
import { useStoryStore } from '../../stores/storyStore.ts';

const TABS: { tab: SidePanelTab; label: string }[] = [
  { tab: 'details', label: 'Details' },
  { tab: 'rails', label: 'Rails' },
  { tab: 'pictures', label: 'Pictures' },
  { tab: 'checks', label: 'Checks' },
  { tab: 'history', label: 'History' },
];

/** Counts the story's pictures for the tab label (hero, body figures, rail pictures). */
function usePictureCount(): number {
  const hero = useStoryStore((s) => (s.fields?.hero.assetId ? 1 : 0));
  const rails = useStoryStore((s) => s.fields?.rails.reduce((n, r) => n + r.items.filter((i) => i.picture?.assetId).length, 0) ?? 0);
  const figures = useBodyFiguresStore((s) => s.figures.length);
  return hero + rails + figures;
}

/** The side panel's tabs: the story's details, its rails, the photo desk's pictures, the desk's checks, and the story's history. */
export function SidePanelTabs() {
  const tab = useSidePanelStore((s) => s.tab);
  const count = usePictureCount();
  const listRef = useRef<HTMLDivElement>(null);

  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1;
    const next = TABS[(TABS.findIndex((t) => t.tab === tab) + step) % TABS.length];
    if (!next) return;
    useSidePanelStore.getState().setTab(next.tab);
    listRef.current?.querySelector<HTMLElement>(`#side-tab-${next.tab}-button`)?.focus();
  };

  return (
    <div className="side-tabs" role="tablist" aria-label="Side panel" ref={listRef} onKeyDown={onKeyDown}>
      {TABS.map(({ tab: t, label }) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`side-tab-${t}-button`}
          aria-selected={tab === t}
          aria-controls={`side-tab-${t}`}
          tabIndex={tab === t ? 0 : -1}
          className={`side-tabs__tab${tab === t ? ' is-active' : ''}`}
          data-testid={`side-tab-${t}`}
          onClick={() => useSidePanelStore.getState().setTab(t)}
        >
          {label}
          {t === 'pictures' && count > 0 ? <span className="side-tabs__count">{count}</span> : null}
        </button>
      ))}
    </div>
  );
}
