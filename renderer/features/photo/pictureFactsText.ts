import type { AssetInfo } from '@shared/api/contract.ts';
import { formatCount } from '@shared/text/formatCount.ts';

const FORMAT_NAMES: Record<AssetInfo['mime'], string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

/** "4,000 × 3,000 px · JPEG", or just the format when the size is unknown. */
export function pictureFactsText(info: AssetInfo): string {
  const width = info.metadata?.width ?? info.width;
  const height = info.metadata?.height ?? info.height;
  const format = FORMAT_NAMES[info.mime];
  return width && height ? `${formatCount(width)} × ${formatCount(height)} px · ${format}` : format;
}
