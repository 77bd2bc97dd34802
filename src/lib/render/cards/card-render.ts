/**
 * Renders a card to PNG: satori lays the text out in Noto Sans (the font the
 * site's own stack names, from @fontsource/noto-sans, SIL Open Font Licence)
 * and draws it as paths; resvg rasterises the SVG. Only the Latin, Greek and
 * Cyrillic subsets are loaded, so text in another script (Arabic, CJK…)
 * cannot be set: satori then asks for more glyphs, and the card falls back to
 * a plain one with the site's name rather than boxes where letters should be.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { CARD_SIZE, cardTree, plainCardTree, type CardNode, type CardText } from './card-layout.ts';
import { indexedPng } from './png-encode.ts';

const require = createRequire(import.meta.url);
const fontFolder = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;
const WEIGHTS = [400, 700] as const;

type Font = { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: 'normal' };
let fonts: Font[] | undefined;
const loadFonts = (): Font[] =>
  (fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      // One name per subset: satori keeps one font per name and weight, and looks in the others for glyphs it lacks.
      name: `Noto Sans ${subset}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(join(fontFolder, `noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  ));

/** What names the renderer, for the cache's key: a new version of either, or of the font, renders cards anew. */
export const RENDERER = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans']
  .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
  .join(' ');

/** The SVG, or undefined when some text needs glyphs the font lacks. */
async function layOut(tree: CardNode): Promise<string | undefined> {
  let missing = false;
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: loadFonts(),
    loadAdditionalAsset: async () => {
      missing = true;
      return [];
    },
  });
  return missing ? undefined : svg;
}

/** Whether the card had to fall back, and its PNG. */
export async function renderCard(text: CardText): Promise<{ png: Buffer; plain: boolean }> {
  const full = await layOut(cardTree(text));
  const svg = full ?? (await layOut(plainCardTree(text.site))) ?? (await layOut(plainCardTree(undefined)))!;
  // Rendered on libuv's thread pool, so the build's main thread goes on with other pages meanwhile.
  const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
  return { png: indexedPng(image.pixels, image.width, image.height) ?? image.asPng(), plain: full === undefined };
}
