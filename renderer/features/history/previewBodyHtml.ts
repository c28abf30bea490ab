import DOMPurify from 'dompurify';
import { renderBodyHtml } from '@shared/export/renderBodyHtml.ts';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { ASSET_ID } from '@shared/story/assetId.ts';
import { thumbnailUrl } from '../../api/client.ts';

const IMAGE_PREFIX = 'images/';

/**
 * A story body as read-only HTML for the History preview: rendered exactly as the export
 * renders it, cleaned again by DOMPurify (no scripts, handlers or forms, whatever the file
 * held), with each picture pointing at the library's thumbnail (the panel is narrow) instead of an export folder.
 */
export function previewBodyHtml(body: BodyDoc): string {
  const fragment = DOMPurify.sanitize(renderBodyHtml(body), {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['form', 'input', 'style'],
  });
  for (const img of fragment.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const assetId = src.startsWith(IMAGE_PREFIX) ? src.slice(IMAGE_PREFIX.length) : '';
    img.removeAttribute('srcset');
    if (ASSET_ID.test(assetId)) img.setAttribute('src', thumbnailUrl(assetId));
    else img.remove();
  }
  // Links stay readable but lead nowhere from a preview.
  for (const link of fragment.querySelectorAll('a')) link.removeAttribute('href');
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
