import { useEffect } from 'react';
import { create } from 'zustand';
import type { AssetInfo } from '@shared/api/contract.ts';
import { api } from '../api/client.ts';

/** What is known of a stored picture: its info once read, or that reading it failed. */
export type AssetInfoEntry = { status: 'loading' } | { status: 'ready'; info: AssetInfo } | { status: 'failed' };

interface AssetInfoState {
  entries: Record<string, AssetInfoEntry>;
}

/** Asset info (pixel size, format, the file's own metadata), fetched once per asset id. */
export const useAssetInfoStore = create<AssetInfoState>()(() => ({ entries: {} }));

/** Keeps an info the app already has (e.g. the answer of importAsset), so it is never fetched again. */
export function rememberAssetInfo(info: AssetInfo): void {
  useAssetInfoStore.setState((s) => ({ entries: { ...s.entries, [info.assetId]: { status: 'ready', info } } }));
}

/** Fetches the info of a picture unless it is known or on its way. Never throws: a failure only hides the marks. */
export function ensureAssetInfo(assetId: string): void {
  if (useAssetInfoStore.getState().entries[assetId]) return;
  useAssetInfoStore.setState((s) => ({ entries: { ...s.entries, [assetId]: { status: 'loading' } } }));
  api.getAssetInfo({ assetId }).then(
    (info) => rememberAssetInfo(info),
    () => useAssetInfoStore.setState((s) => ({ entries: { ...s.entries, [assetId]: { status: 'failed' } } })),
  );
}

/** The info of a picture, fetched on first use; null while unknown or when there is no picture. */
export function useAssetInfo(assetId: string | null | undefined): AssetInfo | null {
  const entry = useAssetInfoStore((s) => (assetId ? s.entries[assetId] : undefined));
  useEffect(() => {
    if (assetId) ensureAssetInfo(assetId);
  }, [assetId]);
  return entry?.status === 'ready' ? entry.info : null;
}
