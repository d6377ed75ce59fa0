/**
 * The app's icon for the installers, drawn from resources/icon.svg at build time with resvg (a
 * well-kept SVG renderer with no system dependency): build/icon.png at 1024 px, from which
 * electron-builder makes the .ico (Windows), .icns (macOS) and the Linux sizes.
 * Run by `npm run icons` (and `npm run dist`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const iconSize = 1024;

export function renderIcon(svgPath: string, outPath: string, size = iconSize): { width: number; height: number } {
  const svg = readFileSync(svgPath, 'utf8');
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0, 0, 0, 0)' }).render();
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, rendered.asPng());
  return { width: rendered.width, height: rendered.height };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const root = resolve(import.meta.dirname, '..');
  const { width, height } = renderIcon(join(root, 'resources', 'icon.svg'), join(root, 'build', 'icon.png'));
  console.log(`build/icon.png : ${width} × ${height} px`);
}
