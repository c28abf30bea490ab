// Renders assets/icon.svg to the PNG sizes electron-builder and the window use.
// electron-builder derives .icns and .ico from assets/icon.png itself.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const assets = fileURLToPath(new URL('../../assets/', import.meta.url));
const svg = `${assets}icon.svg`;

await sharp(svg).resize(1024, 1024).png().toFile(`${assets}icon.png`);
await mkdir(`${assets}icons`, { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  await sharp(svg).resize(size, size).png().toFile(`${assets}icons/${size}x${size}.png`);
}
console.log('icons written to', assets);
