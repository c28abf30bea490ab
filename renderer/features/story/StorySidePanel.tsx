import { useSidePanelStore } from '../../stores/sidePanelStore.ts';
import { ChecksPanel } from '../checks/ChecksPanel.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { PhotoPanel } from '../photo/PhotoPanel.tsx';
import { WordTargetField } from '../writing/WordTargetField.tsx';
import { WritingSettingsSection } from '../writing/WritingSettingsSection.tsx';
import { RailsEditor } from './RailsEditor.tsx';
import { SidePanelTabs } from './SidePanelTabs.tsx';
import { SlugField } from './SlugField.tsx';
import { StatusSelect } from './StatusSelect.tsx';
import { StoryTextField } from './StoryTextField.tsx';
import { TagsInput } from './TagsInput.tsx';
import { useAfterFirstFrame } from './useAfterFirstFrame.ts';

/**
 * The story's side panel: details, rails, pictures, checks and history, one tab at a time.
 * Its contents (dozens of inputs) are drawn a frame after the story's text, so a long story is
 * on screen and editable sooner; the tabs show at once.
 */
export function StorySidePanel({ storyId }: { storyId: string }) {
  const ready = useAfterFirstFrame();
  return (
    <aside className="side-panel" aria-label="Story details" aria-busy={!ready}>
      <SidePanelTabs />
      {ready ? <SidePanelContent storyId={storyId} /> : null}
    </aside>
  );
}

/**
 * The tabs' contents. The details and rails tabs stay mounted while hidden, so a half-typed rail link
 * survives a look at the pictures. The rails have a tab of their own: two rails of items are dozens of
 * fields, and every field on screen made each keystroke in the body dearer to draw.
 */
function SidePanelContent({ storyId }: { storyId: string }) {
  const tab = useSidePanelStore((s) => s.tab);
  return (
    <>
      {tab === 'pictures' && (
        <div role="tabpanel" id="side-tab-pictures" aria-labelledby="side-tab-pictures-button">
          <PhotoPanel />
        </div>
      )}
      {tab === 'checks' && (
        <div role="tabpanel" id="side-tab-checks" aria-labelledby="side-tab-checks-button">
          <ChecksPanel />
        </div>
      )}
      {tab === 'history' && (
        <div role="tabpanel" id="side-tab-history" aria-labelledby="side-tab-history-button">
          <HistoryPanel storyId={storyId} />
        </div>
      )}
      <div role="tabpanel" id="side-tab-details" aria-labelledby="side-tab-details-button" hidden={tab !== 'details'}>
        <section className="panel-section" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <StatusSelect />
          <SlugField />
          <TagsInput />
          <WordTargetField />
          <StoryTextField
            field="deskNotes"
            label="Desk notes"
            multiline
            maxLength={20_000}
            className="desk-notes"
            placeholder="Notes for editors: sources to check, legal, timing…"
            hint="Internal, never exported."
          />
        </section>
        <WritingSettingsSection />
      </div>
      <div role="tabpanel" id="side-tab-rails" aria-labelledby="side-tab-rails-button" hidden={tab !== 'rails'}>
        <section className="panel-section" aria-labelledby="rails-heading">
          <h2 id="rails-heading">Rails</h2>
          <RailsEditor />
        </section>
      </div>
    </>
  );
}
