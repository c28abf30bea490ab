import { useCallback } from 'react';
import type { Rail, RailItem } from '@shared/story/storySchema.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { RailItemEditor } from './RailItemEditor.tsx';
import { railEdits } from './railEdits.ts';

const MAX_RAILS = 12;

/** Applies an edit to the rails as they are in the store right now (never a stale copy). */
function editRails(edit: (rails: Rail[]) => Rail[]): void {
  const fields = useStoryStore.getState().fields;
  if (fields) useStoryStore.getState().setRails(edit(fields.rails));
}

/** The rails beside the story ("Latest", "Don't miss"): named lists of teasers. */
export function RailsEditor() {
  const rails = useStoryStore((s) => s.fields?.rails);
  const onChange = useCallback((railId: string, itemId: string, patch: Partial<RailItem>) => editRails((r) => railEdits.updateItem(r, railId, itemId, patch)), []);
  const onMove = useCallback((railId: string, itemId: string, delta: -1 | 1) => editRails((r) => railEdits.moveItem(r, railId, itemId, delta)), []);
  const onRemove = useCallback((railId: string, itemId: string) => editRails((r) => railEdits.removeItem(r, railId, itemId)), []);
  if (!rails) return null;

  return (
    <div className="rails" data-testid="rails">
      {rails.map((rail, ri) => (
        <section key={rail.id} className="rail" aria-label={`Rail ${rail.name.trim() || ri + 1}`} data-testid={`rail-${ri}`}>
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
              onClick={() => editRails((r) => railEdits.removeRail(r, rail.id))}
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
          <button type="button" className="button button--small" data-testid="rail-add-item" onClick={() => editRails((r) => railEdits.addItem(r, rail.id))}>
            Add item
          </button>
        </section>
      ))}
      {rails.length < MAX_RAILS && (
        <button type="button" className="button button--quiet button--small" onClick={() => editRails((r) => railEdits.addRail(r, 'New rail'))}>
          Add rail
        </button>
      )}
    </div>
  );
}
