import * as exifrModule from 'exifr';

type ExifrApi = Pick<typeof exifrModule, 'parse' | 'sidecar'>;

/**
 * exifr's `parse` and `sidecar`, whichever way the package was loaded. Vite (vitest) picks its ESM
 * build, whose default export lacks `sidecar`; Node and the esbuild bundle pick its UMD build, whose
 * functions are only reachable through `default`.
 */
export const exifrApi: ExifrApi = pickApi(exifrModule);

function pickApi(candidate: ExifrApi & { default?: Partial<ExifrApi> }): ExifrApi {
  if (typeof candidate.sidecar === 'function' && typeof candidate.parse === 'function') return candidate;
  const fallback = candidate.default;
  if (fallback && typeof fallback.sidecar === 'function' && typeof fallback.parse === 'function') return { parse: fallback.parse, sidecar: fallback.sidecar };
  throw new Error('The exifr package does not provide parse() and sidecar(); reinstall it (npm ci).');
}
