/**
 * node scripts/screenshots.ts [outDir]
 * Serves an already-built site (default dist/) and writes the README
 * screenshots of the home page and the first theme page, at phone and desktop
 * widths, to docs/screenshots/. Builds nothing itself: run `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CHROMIUM, launchChromium } from '../src/lib/tooling/chromium.ts';
import { serveDist } from '../src/lib/tooling/static-server.ts';
import { normaliseBase } from '../src/lib/render/url.ts';

const SHOTS = [
  { name: 'phone', viewport: { width: 375, height: 812 }, scale: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, scale: 1 },
] as const;

/** The first theme page, as linked from the home page's "at a glance" list. */
function firstThemePath(outDir: string, base: string): string {
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  const match = /<ol class="glance"><li><h3><a href="([^"]+)"/.exec(home);
  if (!match) throw new Error('the home page lists no themes');
  return match[1]!.slice(base.length);
}

async function main(args: readonly string[]): Promise<number> {
  const outDir = resolve(args[0] ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`no built site in ${outDir}; run npm run build first.`);
    return 1;
  }
  const base = normaliseBase(process.env['BASE_PATH']);
  const target = resolve('docs/screenshots');
  mkdirSync(target, { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM), serveDist(outDir, base)]);
  try {
    const pages = { home: '', theme: firstThemePath(outDir, base) };
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.scale, colorScheme: 'light' });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const file = join(target, `${name}-${shot.name}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
