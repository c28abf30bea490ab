import { useState } from 'react';
import { assetUrl, thumbnailUrl } from '../../api/client.ts';

/** A small picture: the library's thumbnail, or the full file when no thumbnail can be served. */
export function PictureThumb({ assetId, className }: { assetId: string | null; className?: string }) {
  const [fallback, setFallback] = useState<string | null>(null);
  if (!assetId) return <span className={`${className ?? ''} is-empty`.trim()} aria-hidden="true" />;
  const src = fallback === assetId ? assetUrl(assetId) : thumbnailUrl(assetId);
  return <img className={className} src={src} alt="" loading="lazy" decoding="async" onError={() => setFallback(assetId)} />;
}
