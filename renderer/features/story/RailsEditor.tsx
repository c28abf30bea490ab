import { useCallback, useRef } from 'react';
import type { Rail, RailItem } from '@shared/story/storySchema.ts';
import { focusSoon } from '../../app/focusSoon.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { showToast } from '../../stores/toastStore.ts';
import { RailItemEditor } from './RailItemEditor.tsx';
import { newRailItem, railEdits } from './railEdits.ts';

const MAX_RAILS = 12;

/** Applies an edit to the rails as they are in the store right now (never a stale copy). */
function editRails(edit: (rails: Rail[]) => Rail[]): void {
  const fields = useStoryStore.getState().fields;
  if (fields) useStoryStore.getState().setRails(edit(fields.rails));
}

/** Runs an undo only while the story it belongs to is still the open one. */
function inStory(storyId: string | undefined, run: () => void): () => void {
  return () => {
    if (storyId !== undefined && useStoryStore.getState().fields?.id === storyId) run();
  };
}

const railName = (rail: Rail, index: number): string => rail.name.trim() || `Rail ${index + 1}`;

/** The rails beside the story ("Latest", "Don't miss"): named lists of teasers. */
export function RailsEditor() {
  const rootRef = useRef<HTMLDivElement>(null);
  const rails = useStoryStore((s) => s.fields?.rails);
  const query = useCallback((selector: string) => () => rootRef.current?.querySelector<HTMLElement>(selector), []);

  const onChange = useCallback((railId: string, itemId: string, patch: Partial<RailItem>) => editRails((r) => railEdits.updateItem(r, railId, itemId, patch)), []);

  const onMove = useCallback(
    (railId: string, itemId: string, delta: -1 | 1) => {
      editRails((r) => railEdits.moveItem(r, railId, itemId, delta));
      // Keep the keyboard on the item that moved; at either end its button in that direction is disabled, so take the other.
      const preferred = delta < 0 ? 'up' : 'down';
      const other = delta < 0 ? 'down' : 'up';
      focusSoon(() => {
        const item = rootRef.current?.querySelector<HTMLElement>(`[data-item-id="${itemId}"]`);
        const button = item?.querySelector<HTMLButtonElement>(`[data-move="${preferred}"]`);
        return button && !button.disabled ? button : item?.querySelector<HTMLButtonElement>(`[data-move="${other}"]`);
      });
    },
    [],
  );

  const onRemove = useCallback(
    (railId: string, itemId: string) => {
      const fields = useStoryStore.getState().fields;
      const railIndex = fields?.rails.findIndex((r) => r.id === railId) ?? -1;
      const rail = fields?.rails[railIndex];
      const index = rail?.items.findIndex((i) => i.id === itemId) ?? -1;
      const item = rail?.items[index];
      if (!rail || !item) return;
      editRails((r) => railEdits.removeItem(r, railId, itemId));
      const next = rail.items[index + 1] ?? rail.items[index - 1];
      focusSoon(query(next ? `[data-item-id="${next.id}"] [data-testid="rail-item-title"]` : `[data-rail-id="${railId}"] [data-testid="rail-add-item"]`));
      const title = item.title.trim();
      showToast({
        message: `${title ? `“${title}”` : `Item ${index + 1}`} removed from ${railName(rail, railIndex)}.`,
        action: {
          label: 'Undo',
          run: inStory(fields?.id, () => {
            editRails((r) => railEdits.insertItem(r, railId, item, index));
            focusSoon(query(`[data-item-id="${item.id}"] [data-testid="rail-item-title"]`));
          }),
        },
      });
    },
    [query],
  );

  function removeRail(rail: Rail, index: number): void {
    const storyId = useStoryStore.getState().fields?.id;
    editRails((r) => railEdits.removeRail(r, rail.id));
    focusSoon(query('[data-testid="rail-add"]'));
    const items = rail.items.length;
    showToast({
      message: `Rail “${railName(rail, index)}” removed${items > 0 ? ` with its ${items === 1 ? 'item' : `${items} items`}` : ''}.`,
      action: {
        label: 'Undo',
        run: inStory(storyId, () => {
          editRails((r) => railEdits.insertRail(r, rail, index));
          focusSoon(query(`[data-rail-id="${rail.id}"] [data-testid="rail-name"]`));
        }),
      },
    });
  }

  function addItem(railId: string): void {
    const item = newRailItem();
    editRails((r) => railEdits.addItem(r, railId, item));
    focusSoon(query(`[data-item-id="${item.id}"] [data-testid="rail-item-title"]`));
  }

  if (!rails) return null;

  return (
    <div className="rails" data-testid="rails" ref={rootRef}>
      {rails.map((rail, ri) => (
        <section key={rail.id} className="rail" aria-label={`Rail ${rail.name.trim() || ri + 1}`} data-testid={`rail-${ri}`} data-rail-id={rail.id}>
          <div className="rail__head">
            <label className="visually-hidden" htmlFor={`rail-name-${rail.id}`}>
              Rail name
            </label>
            <input
              id={`rail-name-${rail.id}`}
              type="text"
              className="input rail__name"
              maxLength={80}
              value={rail.name}
              placeholder="Rail name"
              data-testid="rail-name"
              onChange={(e) => {
                const name = e.currentTarget.value;
                editRails((r) => railEdits.renameRail(r, rail.id, name));
              }}
            />
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Remove rail ${rail.name.trim() || ri + 1}`}
              title="Remove this rail"
              onClick={() => removeRail(rail, ri)}
            >
              ×
            </button>
          </div>
          {rail.items.length === 0 && <p className="muted rail__empty">No items yet.</p>}
          <ol className="rail__items">
            {rail.items.map((item, ii) => (
              <RailItemEditor
                key={item.id}
                railId={rail.id}
                item={item}
                index={ii}
                count={rail.items.length}
                onChange={onChange}
                onMove={onMove}
                onRemove={onRemove}
              />
            ))}
          </ol>
          <button type="button" className="button button--small" data-testid="rail-add-item" onClick={() => addItem(rail.id)}>
            Add item
          </button>
        </section>
      ))}
      {rails.length < MAX_RAILS && (
        <button
          type="button"
          className="button button--quiet button--small"
          data-testid="rail-add"
          onClick={() => {
            const before = new Set(useStoryStore.getState().fields?.rails.map((r) => r.id));
            editRails((r) => railEdits.addRail(r, 'New rail'));
            const added = useStoryStore.getState().fields?.rails.find((r) => !before.has(r.id));
            if (added) focusSoon(query(`[data-rail-id="${added.id}"] [data-testid="rail-name"]`));
          }}
        >
          Add rail
        </button>
      )}
    </div>
  );
}
