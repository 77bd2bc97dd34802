/**
 * node scripts/screenshots.ts [outDir]
 * Serves an already-built site (default dist/) and writes the README
 * screenshots to docs/screenshots/: the home page, the first theme page and
 * the first source page, each on a phone (390 × 844) and a desktop
 * (1280 × 800), in light and dark, named `<page>-<phone|desktop>-<light|dark>.png`;
 * and `theme-print.png`, the first theme page with the print styles applied
 * from dark mode, one A4 page wide and tall, as paper would show it with
 * background graphics on; and, for each edition the site has, its home and
 * first theme pages on a phone in light, named `<page>-<code>-phone-light.png`;
 * and the first theme page's social card as the build made it, `card-theme.png`.
 * Builds nothing itself: run `npm run build` first.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEFAULT_CHROMIUM, launchChromium } from '../src/lib/tooling/chromium.ts';
import { serveDist } from '../src/lib/tooling/static-server.ts';
import { cliSettings, runAsProgram, type CliIo } from './cli.ts';

const DEVICES = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;
/** A4 at 96 CSS px to the inch. */
const A4 = { width: 794, height: 1123 };

/** The first link the home page gives in a list, relative to the base. */
function firstLink(home: string, list: RegExp, base: string, what: string): string {
  const match = list.exec(home);
  if (!match) throw new Error(`the home page lists no ${what}`);
  return match[1]!.slice(base.length);
}

async function shoot(
  browser: Browser,
  url: string,
  file: string,
  options: Parameters<Browser['newContext']>[0],
  print = false,
): Promise<string> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    if (print) await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.screenshot({ path: file });
    return `wrote ${file}\n`;
  } finally {
    await context.close();
  }
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const outDir = resolve(io.cwd, argv[0] ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    io.stderr.write(`no built site in ${outDir}; run npm run build first.\n`);
    return 1;
  }
  const { base } = cliSettings(io);
  const target = resolve(io.cwd, 'docs/screenshots');
  mkdirSync(target, { recursive: true });
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  const pages = {
    home: '',
    theme: firstLink(home, /<ol class="glance[^"]*"><li>(?:<p[^>]*>[^<]*<\/p>)?<h3><a href="([^"]+)"/, base, 'themes'),
    source: firstLink(home, /<ul class="sources"><li><a href="([^"]+)"/, base, 'sources'),
  };
  const [browser, server] = await Promise.all([launchChromium(io.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM), serveDist(outDir, base)]);
  try {
    for (const [name, path] of Object.entries(pages)) {
      for (const device of DEVICES) {
        for (const colorScheme of SCHEMES) {
          const file = join(target, `${name}-${device.name}-${colorScheme}.png`);
          io.stdout.write(await shoot(browser, server.url + path, file, { viewport: device.viewport, colorScheme }));
        }
      }
    }
    io.stdout.write(
      await shoot(browser, server.url + pages.theme, join(target, 'theme-print.png'), { viewport: A4, colorScheme: 'dark' }, true),
    );
    // Each edition's pages sit at the same paths under /<code>/; its switcher link names them.
    for (const code of [...home.matchAll(/<a href="[^"]*" lang="([^"]+)" hreflang="[^"]+">/g)].map((m) => m[1]!)) {
      for (const [name, path] of Object.entries({ home: pages.home, theme: pages.theme })) {
        const file = join(target, `${name}-${code}-phone-light.png`);
        io.stdout.write(
          await shoot(browser, `${server.url}${code}/${path}`, file, { viewport: DEVICES[0].viewport, colorScheme: 'light' }),
        );
      }
    }
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
  const card = /<meta property="og:image" content="[^"]*?\/(cards\/[^"]+)"/.exec(
    readFileSync(join(outDir, pages.theme, 'index.html'), 'utf8'),
  );
  if (card) {
    copyFileSync(join(outDir, card[1]!), join(target, 'card-theme.png'));
    io.stdout.write(`${join(target, 'card-theme.png')}\n`);
  }
  return 0;
}

if (import.meta.main) await runAsProgram(main);
