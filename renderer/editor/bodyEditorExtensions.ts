import type { AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { newsdeskExtensions } from '@shared/editor/newsdeskExtensions.ts';
import { AdSlot } from '@shared/editor/nodes/AdSlot.ts';
import { Figure } from '@shared/editor/nodes/Figure.ts';
import { NewsletterBox } from '@shared/editor/nodes/NewsletterBox.ts';
import { AdSlotNodeView } from './AdSlotNodeView.ts';
import { ContainLongStory } from './ContainLongStory.ts';
import { noBodyEditorServices, type BodyEditorServices } from './bodyEditorServices.ts';
import { FigureNodeView } from './FigureNodeView.ts';
import { JumpToEdges } from './JumpToEdges.ts';
import { LinkShortcut } from './LinkShortcut.ts';
import { LinkTarget } from './linkTarget.ts';
import { NewsletterBoxNodeView } from './NewsletterBoxNodeView.ts';
import { ScrollSettle } from './ScrollSettle.ts';
import { TypingEventBoundary } from './TypingEventBoundary.ts';
import { SmartTypography } from '../features/writing/SmartTypography.ts';

export interface BodyEditorExtensionOptions {
  /** Called on Ctrl/Cmd+K. */
  onLinkShortcut?: () => void;
  /** Read at every typed quote, dash or dot: curly quotes, dashes and ellipses while true (the default). */
  isSmartTypographyOn?: () => boolean;
  /**
   * What the figure views need from the app, read at every use (drawing a picture,
   * choosing a file), so services that change after the editor is built are still the
   * ones used. Without it (tests) pictures have no URL and the chooser is cancelled.
   */
  services?: () => BodyEditorServices;
}

// `extend` only swaps how a node is drawn while editing: its name, attributes and JSON stay the shared ones.
// Every block is drawn with plain DOM (DomNodeView.ts): dozens of React roots slowed opening and typing.
function figureWithView(services: () => BodyEditorServices): AnyExtension {
  return Figure.extend({
    addNodeView() {
      return (props) => new FigureNodeView(props, services);
    },
  });
}
const AdSlotWithView = AdSlot.extend({
  addNodeView() {
    return (props) => new AdSlotNodeView(props);
  },
});
const NewsletterBoxWithView = NewsletterBox.extend({
  addNodeView() {
    return (props) => new NewsletterBoxNodeView(props);
  },
});

const WITH_VIEWS = new Map<string, AnyExtension>([
  [AdSlot.name, AdSlotWithView],
  [NewsletterBox.name, NewsletterBoxWithView],
]);

/**
 * The renderer's body editor extensions: the shared preset, in its order, with
 * plain-DOM node views for the figure, ad slot and newsletter box, plus the
 * placeholder text, the Ctrl/Cmd+K link shortcut, the link form's
 * highlighted target, smart typography, Ctrl/Cmd+Home/End and keeping the caret in view after
 * a long jump, a keystroke's events kept inside the editor, and a long story's off-screen
 * paragraphs left unrendered (none of which changes the JSON).
 */
export function bodyEditorExtensions(options: BodyEditorExtensionOptions = {}): AnyExtension[] {
  const views = new Map(WITH_VIEWS).set(Figure.name, figureWithView(options.services ?? (() => noBodyEditorServices)));
  return [
    ...newsdeskExtensions().map((extension) => views.get(extension.name) ?? extension),
    Placeholder.configure({
      placeholder: ({ editor, node }) => {
        if (node.type.name === 'heading') return 'Heading';
        if (node.type.name === 'pullQuote') return 'Pull quote';
        return editor.isEmpty ? 'Write the story…' : '';
      },
    }),
    LinkShortcut.configure({ onOpen: options.onLinkShortcut ?? (() => {}) }),
    LinkTarget,
    SmartTypography.configure({ isOn: options.isSmartTypographyOn ?? (() => true) }),
    ScrollSettle,
    JumpToEdges,
    TypingEventBoundary,
    ContainLongStory,
  ];
}
