import { ApiError, isApiErrorShape, type ApiErrorCode } from '@shared/api/apiError.ts';
import type { ApiClient, ApiMethod, AssetInfo, DocxImport } from '@shared/api/contract.ts';
import { API_METHODS } from '@shared/api/apiMethods.ts';
import { ASSET_FILE_NAME_HEADER, MAX_ASSET_BYTES, MAX_DOCX_BYTES } from '@shared/api/uploadLimits.ts';
import type { NewsdeskPreloadBridge } from './windowNewsdesk.d.ts';

const NOT_ANSWERING =
  "Newsdesk's local service is not answering. If you started it with `npm run web`, check that its terminal is still open " +
  '(start it again if not), then reload this page. Your last saved work is safe on disk.';

export interface ApiClientOptions {
  /** The preload bridge; defaults to `window.newsdesk`, looked up on each call. */
  bridge?: () => NewsdeskPreloadBridge | undefined;
  /** Used when there is no bridge (the browser host); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Prefix for `/api/<method>`; empty means the page's own origin. */
  baseUrl?: string;
}

/**
 * Builds the typed API client: through the Electron preload when it is there,
 * otherwise over HTTP to the local web host. Either way a failure arrives as
 * an ApiError carrying the core's code and message.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const bridge = options.bridge ?? (() => (typeof window === 'undefined' ? undefined : window.newsdesk));
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  const call = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    const preload = bridge();
    if (preload) return callThroughPreload(preload, method, input);
    return callOverHttp(doFetch, `${baseUrl}/api/${method}`, method, input);
  };

  const client: Partial<Record<ApiMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) client[method] = (input: unknown) => call(method, input);
  return client as unknown as ApiClient;
}

async function callThroughPreload(preload: NewsdeskPreloadBridge, method: ApiMethod, input: unknown): Promise<unknown> {
  const send = preload[method] as (input: unknown) => Promise<unknown>;
  let result: unknown;
  try {
    result = await send(input);
  } catch (error) {
    throw new ApiError('internal', `Newsdesk's main process did not answer (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    if (result.ok === true && 'value' in result) return result.value;
    if (result.ok === false && 'error' in result && isApiErrorShape(result.error)) throw ApiError.fromShape(result.error);
  }
  throw new ApiError('internal', `Newsdesk's main process gave an unreadable answer to ${method}.`);
}

async function callOverHttp(doFetch: typeof fetch, url: string, method: ApiMethod, input: unknown): Promise<unknown> {
  const init = method === 'importAsset' ? assetUploadRequest(input) : method === 'importDocx' ? docxUploadRequest(input) : jsonRequest(input);
  let response: Response;
  let text: string;
  try {
    response = await doFetch(url, init);
    text = await response.text();
  } catch {
    throw new ApiError('internal', NOT_ANSWERING);
  }
  let body: unknown;
  try {
    body = text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    body = undefined;
  }
  if (response.ok) {
    if (body === undefined) throw new ApiError('internal', `Newsdesk's local service gave an unreadable answer to ${method}.`);
    return body;
  }
  if (isApiErrorShape(body)) throw ApiError.fromShape(body);
  throw errorForStatus(response.status);
}

function jsonRequest(input: unknown): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input ?? {}), credentials: 'same-origin' };
}

function assetUploadRequest(input: unknown): RequestInit {
  return fileUploadRequest(input, 'picture', MAX_ASSET_BYTES, 'The picture is larger than 80 MB. Save a smaller copy (for example as a high-quality JPEG) and import that.');
}

function docxUploadRequest(input: unknown): RequestInit {
  return fileUploadRequest(input, 'Word document', MAX_DOCX_BYTES, 'The Word document is larger than 50 MB. Save a copy with smaller pictures and import that.');
}

/** The raw bytes of one file as the request body, its name URL-encoded in a header. */
function fileUploadRequest(input: unknown, what: string, maxBytes: number, tooLarge: string): RequestInit {
  const { fileName, bytes } = (input ?? {}) as { fileName?: unknown; bytes?: unknown };
  const isFile = typeof Blob !== 'undefined' && bytes instanceof Blob;
  if (typeof fileName !== 'string' || fileName === '' || !(bytes instanceof Uint8Array || isFile)) {
    throw new ApiError('bad-input', `A ${what} import needs the file name and the bytes of the file.`);
  }
  if ((isFile ? bytes.size : (bytes as Uint8Array).byteLength) > maxBytes) {
    throw new ApiError('too-large', tooLarge);
  }
  // fetch takes only ArrayBuffer-backed views; copy the rare shared one.
  const view = bytes;
  const body = view instanceof Uint8Array ? (view.buffer instanceof ArrayBuffer ? (view as Uint8Array<ArrayBuffer>) : view.slice()) : view;
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', [ASSET_FILE_NAME_HEADER]: encodeURIComponent(fileName) },
    body,
    credentials: 'same-origin',
  };
}

function errorForStatus(status: number): ApiError {
  const known: Record<number, [ApiErrorCode, string]> = {
    401: ['unauthorized', 'This page is no longer signed in to Newsdesk. Open the link that `npm run web` printed in its terminal again.'],
    403: ['unauthorized', 'Newsdesk refused the request: open it through the 127.0.0.1 link that `npm run web` printed.'],
    404: ['not-found', 'Newsdesk does not know this request; the page may be older than the running service. Reload the page.'],
    413: ['too-large', 'This is too large for Newsdesk to accept.'],
  };
  const [code, message] = known[status] ?? ['internal', `Newsdesk's local service failed (HTTP ${status}). The details are in its terminal.`];
  return new ApiError(code, message);
}

/** The API, ready to use from any component or store. */
export const api: ApiClient = createApiClient();

/**
 * Adds a picture file to the library. In the browser the file itself is the request body, so the
 * browser streams it from disk: copying a 24-megapixel JPEG through the page's memory first stalled
 * typing for most of a second. In Electron its bytes go to the main process over IPC.
 */
export async function importPictureFile(file: File): Promise<AssetInfo> {
  if (typeof window !== 'undefined' && window.newsdesk) return api.importAsset({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return (await callOverHttp((input, init) => fetch(input, init), '/api/importAsset', 'importAsset', { fileName: file.name, bytes: file })) as AssetInfo;
}

/**
 * Makes a new story from a Word document (.docx). As with pictures, the browser streams the file
 * itself as the request body; in Electron its bytes go to the main process over IPC.
 */
export async function importDocxFile(file: File): Promise<DocxImport> {
  if (typeof window !== 'undefined' && window.newsdesk) return api.importDocx({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return (await callOverHttp((input, init) => fetch(input, init), '/api/importDocx', 'importDocx', { fileName: file.name, bytes: file })) as DocxImport;
}

/**
 * The address of a library picture for an <img src>. Both hosts serve pictures
 * at `/asset/<assetId>` of the page's own origin (`app://newsdesk` in the
 * desktop app, `http://127.0.0.1:<port>` in the browser).
 */
export function assetUrl(assetId: string): string {
  return `/asset/${encodeURIComponent(assetId)}`;
}

/**
 * The address of a picture's small WebP thumbnail (at most 320 px wide), for lists and panels:
 * `/thumb/<assetId>` of the page's own origin, served by both hosts.
 */
export function thumbnailUrl(assetId: string): string {
  return `/thumb/${encodeURIComponent(assetId)}`;
}

/**
 * The address of a screen-sized copy of a picture (at most 1600 px wide WebP), for showing it in the
 * editor: decoding a 24-megapixel original would stall the page. `/display/<assetId>`, both hosts.
 */
export function displayUrl(assetId: string): string {
  return `/display/${encodeURIComponent(assetId)}`;
}

export { hostBridge, reportUnsavedWork } from './hostBridge.ts';
