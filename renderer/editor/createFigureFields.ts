import type { AssetInfo } from '@shared/api/contract.ts';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import { defaultCreditLine } from '@shared/story/defaultCreditLine.ts';
import { isFromFile, type PictureTextField } from '../features/photo/pictureFileValue.ts';
import { pictureFactsText } from '../features/photo/pictureFactsText.ts';
import { createAttrField, type AttrFieldHandle, type AttrFieldOptions } from './createAttrField.ts';

const CREDIT_EXAMPLE = 'e.g. EPA/MAURIZIO GAMBARINI';
const CREDIT_HINT = 'Empty: prints SOURCE/CREATOR, as shown.';
const ALT_HINT = 'Needed for screen readers; not shown on the page.';

/** What the fields show: the node's words, the picture's facts and whether a picture is being added. */
export interface FigureFieldsState {
  attrs: FigureAttrs;
  /** The stored picture's info once known (facts and "from file" marks), else null. */
  info: AssetInfo | null;
  /** No picture, or its file is gone: the facts are hidden. */
  missing: boolean;
  /** A picture is being chosen or imported: the choose button waits. */
  busy: boolean;
}

export interface FigureFieldsActions {
  /** Writes changed words into the node. */
  onChange: (patch: Partial<FigureAttrs>) => void;
  /** "Replace picture" / "Choose picture". */
  onChoose: () => void;
  /** "Remove picture". */
  onRemove: () => void;
}

export interface FigureFields {
  /** `.nd-figure-fields`, to append after the picture. */
  element: HTMLElement;
  /** Redraws everything that depends on the state; cheap when nothing changed. */
  render: (state: FigureFieldsState) => void;
}

type RightsField = 'creator' | 'source' | 'copyright' | 'usageTerms';

/** The markup of `FromFileMark.tsx`: a quiet tag beside a field whose value is exactly what the file says. */
function createFromFileMark(): HTMLElement {
  const mark = document.createElement('span');
  mark.className = 'from-file';
  mark.title = "This value came from the picture file's own metadata (IPTC/XMP)";
  mark.setAttribute('data-testid', 'from-file');
  mark.textContent = 'from file';
  return mark;
}

/**
 * The words of a body picture, drawn with plain DOM for `FigureNodeView`: the pixel facts,
 * caption, credit and alt text, the rights folded away, and the buttons to replace or remove
 * the picture. The markup, labels and hints are those the former React view drew.
 */
export function createFigureFields(initial: FigureFieldsState, actions: FigureFieldsActions): FigureFields {
  const element = document.createElement('div');
  element.className = 'nd-figure-fields';
  const facts = document.createElement('p');
  facts.className = 'picture-facts';
  facts.setAttribute('data-testid', 'figure-facts');

  const field = (name: PictureTextField, options: Omit<AttrFieldOptions, 'value' | 'onChange' | 'className'>): AttrFieldHandle =>
    createAttrField({ ...options, className: `nd-figure-${name}`, value: initial.attrs[name], onChange: (value) => actions.onChange({ [name]: value }) });
  const rights = (name: RightsField, label: string, placeholder: string, maxLength: number) => field(name, { label, placeholder, maxLength });
  const fields: Record<PictureTextField, AttrFieldHandle> = {
    caption: field('caption', { label: 'Caption', multiline: true, placeholder: 'What the picture shows, where and when' }),
    credit: field('credit', { label: 'Credit', maxLength: 300 }),
    alt: field('alt', { label: 'Alt text', placeholder: 'Describe what the picture shows', maxLength: 1_000 }),
    creator: rights('creator', 'Creator', 'Photographer', 300),
    source: rights('source', 'Source', 'Agency, e.g. EPA', 300),
    copyright: rights('copyright', 'Copyright', 'e.g. © 2024 EPA', 500),
    usageTerms: rights('usageTerms', 'Usage terms', 'e.g. Editorial use only', 2_000),
  };
  // One mark per field, made once and moved in and out of its label row.
  const marks = new Map<PictureTextField, HTMLElement>();
  const markFor = (name: PictureTextField) => {
    let mark = marks.get(name);
    if (!mark) {
      mark = createFromFileMark();
      marks.set(name, mark);
    }
    return mark;
  };

  const details = document.createElement('details');
  details.className = 'nd-figure-rights rights';
  const summary = document.createElement('summary');
  summary.textContent = 'Rights';
  const noneYet = document.createElement('span');
  noneYet.className = 'rights__empty';
  noneYet.textContent = ' — none yet';
  details.append(summary, fields.creator.element, fields.source.element, fields.copyright.element, fields.usageTerms.element);

  const buttons = document.createElement('div');
  buttons.className = 'nd-node-actions';
  const choose = document.createElement('button');
  choose.type = 'button';
  choose.className = 'nd-node-button is-quiet';
  choose.addEventListener('click', () => actions.onChoose());
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'nd-node-button is-quiet is-remove';
  remove.textContent = 'Remove picture';
  remove.addEventListener('click', () => actions.onRemove());
  buttons.append(choose, remove);

  element.append(fields.caption.element, fields.credit.element, fields.alt.element, details, buttons);

  const render = ({ attrs, info, missing, busy }: FigureFieldsState) => {
    if (info && !missing) {
      const text = pictureFactsText(info);
      if (facts.textContent !== text) facts.textContent = text;
      if (facts.parentElement !== element) element.prepend(facts);
    } else {
      facts.remove();
    }
    for (const [name, handle] of Object.entries(fields) as [PictureTextField, AttrFieldHandle][]) {
      handle.setValue(attrs[name]);
      handle.setAdornment(isFromFile(info?.metadata, name, attrs[name]) ? markFor(name) : null);
    }
    const printedCredit = defaultCreditLine({ source: attrs.source, creator: attrs.creator });
    fields.credit.setPlaceholder(printedCredit || CREDIT_EXAMPLE);
    fields.credit.setHint(attrs.credit.trim() === '' && printedCredit ? CREDIT_HINT : undefined);
    fields.alt.setHint(attrs.alt.trim() === '' ? ALT_HINT : undefined);
    if (attrs.creator || attrs.source || attrs.copyright || attrs.usageTerms) noneYet.remove();
    else if (noneYet.parentElement !== summary) summary.append(noneYet);
    choose.disabled = busy;
    const label = busy ? 'Adding…' : attrs.assetId ? 'Replace picture' : 'Choose picture';
    if (choose.textContent !== label) choose.textContent = label;
  };
  render(initial);
  return { element, render };
}
