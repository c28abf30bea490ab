import { ASSET_ID } from '@shared/story/assetId.ts';
import { resolveStaticPath } from '../web/resolveStaticPath.ts';
import { APP_HOST, APP_SCHEME } from './appOrigin.ts';

/** What an `app://` request may serve. */
export type AppUrlTarget =
  | { kind: 'file'; path: string }
  | { kind: 'asset'; assetId: string }
  | { kind: 'thumb'; assetId: string }
  | { kind: 'display'; assetId: string }
  | { kind: 'denied' };

const ASSET_PREFIX = '/asset/';
const THUMB_PREFIX = '/thumb/';
const DISPLAY_PREFIX = '/display/';

/**
 * Decides what an `app://newsdesk/…` request serves: a file of the built
 * renderer (inside rendererDir only), a picture from the asset store
 * (`/asset/<sha256>.<ext>`, validated by ASSET_ID), its thumbnail
 * (`/thumb/<sha256>.<ext>`, likewise), or nothing. Other hosts,
 * ports, credentials and any path that could escape rendererDir are denied.
 */
export function resolveAppUrl(value: string, rendererDir: string): AppUrlTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { kind: 'denied' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return { kind: 'denied' };
  }
  const path = url.pathname;
  if (path.startsWith(ASSET_PREFIX)) {
    const assetId = path.slice(ASSET_PREFIX.length);
    return ASSET_ID.test(assetId) ? { kind: 'asset', assetId } : { kind: 'denied' };
  }
  if (path.startsWith(THUMB_PREFIX)) {
    const assetId = path.slice(THUMB_PREFIX.length);
    return ASSET_ID.test(assetId) ? { kind: 'thumb', assetId } : { kind: 'denied' };
  }
  if (path.startsWith(DISPLAY_PREFIX)) {
    const assetId = path.slice(DISPLAY_PREFIX.length);
    return ASSET_ID.test(assetId) ? { kind: 'display', assetId } : { kind: 'denied' };
  }
  const file = resolveStaticPath(path, rendererDir);
  return file === null ? { kind: 'denied' } : { kind: 'file', path: file };
}
