/**
 * What a careful reader checks, in a browser: the source's words are shown
 * as attributed quotations and the editors' words are labelled as theirs; a
 * corrected entry says so at its top; and every link's name says where it
 * leads, the same name never leading to two places. The real site's entries
 * are derive's drafts; the fixture site's are written by editors.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { parseMarkdownFile } from '../../src/lib/content-files/frontmatter.ts';
import { isUnedited } from '../../src/lib/model/derived-record.ts';
import { EDITORS_LABEL, KIND_LABELS } from '../helpers/english.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { connectChromium, openTab, runAxe, serveSite } from '../helpers/browser.ts';
import { htmlPages, urlPathOf } from '../helpers/dist.ts';
import { FIXTURE_BASE, FIXTURE_ROOT } from '../helpers/fixture-site.ts';
import { LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const browser = await connectChromium();
const [site, preview, tab, withAxe] = await Promise.all([
  serveSite(SEED_SITE),
  serveSite(LIBRARY_PREVIEW),
  openTab(browser, { viewport: { width: 1280, height: 800 } }),
  openTab(browser, { viewport: { width: 1280, height: 800 }, axe: true }),
]);

async function withPage<T>(url: string, run: (page: Page) => Promise<T>): Promise<T> {
  const [result] = await onEachPage([url], run);
  return result!;
}

/** Opens each address in turn in the file's one tab, and gives what `run` found on each. */
async function onEachPage<T>(urls: string[], run: (page: Page, url: string) => Promise<T>): Promise<T[]> {
  const found: T[] = [];
  for (const url of urls) {
    await tab.visit(url);
    found.push(await run(tab.page, url));
  }
  return found;
}

interface ShownEntry {
  id: string;
  label: string;
  quotation: boolean;
  caption: string;
  captionLinks: string[];
  prose: boolean;
}

/** Each entry on a page as a reader meets it: its label, and whether its body is set apart as an attributed quotation. */
const entriesOn = (page: Page): Promise<ShownEntry[]> =>
  page.locator('article.entry').evaluateAll((articles) =>
    articles.map((article) => {
      const figure = article.querySelector(':scope > figure.quotation');
      return {
        id: article.getAttribute('aria-labelledby') ?? '',
        label: article.querySelector('.meta .kind')?.textContent ?? '',
        quotation: !!figure?.querySelector('blockquote')?.textContent?.trim(),
        caption: figure?.querySelector('figcaption')?.textContent ?? '',
        captionLinks: [...(figure?.querySelectorAll('figcaption a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
        prose: !!article.querySelector(':scope > .body')?.textContent?.trim(),
      };
    }),
  );

const themePaths = (dir: string, base: string) =>
  htmlPages(dir)
    .filter((file) => file.startsWith('themes/'))
    .map((file) => urlPathOf(file, base).slice(base.length));

describe('whose words a reader is reading', () => {
  it('shows every entry derive wrote and nobody edited as an attributed quotation of its paragraphs', async () => {
    const unedited = new Map(
      loadContent(projectRoot).entries.map((e) => {
        const raw = parseMarkdownFile(e.file, e.text);
        return [e.id.split('/').pop()!, { unedited: isUnedited(raw.data, raw.body), entry: e }];
      }),
    );
    const seen = (
      await onEachPage(
        themePaths(site.dist, '/').map((path) => site.url + path),
        entriesOn,
      )
    ).flat();
    expect(seen).toHaveLength(unedited.size);
    for (const shown of seen) {
      const { unedited: isDraft, entry } = unedited.get(shown.id)!;
      expect(isDraft, shown.id).toBe(true);
      expect(shown, shown.id).toMatchObject({ label: KIND_LABELS.quote.label, quotation: true, prose: false });
      // Attributed in the compact form; the page names the source's headline once, above its entries.
      expect(shown.caption, shown.id).toMatch(/^— Source ¶\d+/);
      expect(shown.captionLinks).toEqual(entry.data.paragraphs.map((p) => `/sources/${entry.data.source}/#${p}`));
    }
  });

  it('shows entries the editors wrote as prose under their kind’s label, never as a quotation', async () => {
    const written = new Map(loadContent(FIXTURE_ROOT).entries.map((e) => [e.id.split('/').pop()!, e.data.kind]));
    const seen = (
      await onEachPage(
        themePaths(preview.dist, FIXTURE_BASE).map((path) => preview.url + path),
        entriesOn,
      )
    ).flat();
    expect(seen.map((s) => s.id).sort()).toEqual([...written.keys()].sort());
    for (const shown of seen) {
      expect(written.get(shown.id)).not.toBe('quote');
      expect(shown, shown.id).toMatchObject({ label: KIND_LABELS[written.get(shown.id)!].label, quotation: false, prose: true });
    }
  });

  it.each([
    ['the site', () => site.url, () => ['', ...themePaths(site.dist, '/')]],
    ['the fixture site', () => preview.url, () => ['', ...themePaths(preview.dist, FIXTURE_BASE)]],
  ])('labels every block the editors wrote on %s as theirs', async (_name, origin, paths) => {
    const counts = await onEachPage(
      paths().map((path) => origin() + path),
      async (page, url) => {
        const unlabelled = await page.evaluate((label) => {
          const written = [...document.querySelectorAll('main .dek, main .intro, main .glance li > p:not(.cite)')].filter(
            (el) => !el.closest('header') && !document.querySelector('main > h1 + .dek')?.isSameNode(el),
          );
          return {
            count: written.length,
            missing: written
              .filter((el) => el.closest('.by-editors')?.querySelector(':scope > .label .kind-editors')?.textContent !== label)
              .map((el) => el.textContent?.slice(0, 60)),
          };
        }, EDITORS_LABEL.label);
        expect(unlabelled.missing, url).toEqual([]);
        return unlabelled.count;
      },
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(4);
  });
});

describe('corrections a reader cannot miss', () => {
  it('marks a corrected entry at its top, dated, with a link to the correction', async () => {
    await withPage(`${preview.url}themes/opening-hours/`, async (page) => {
      const marker = page.locator('#sunday-opening ~ .meta a.corrected');
      const visible = await marker.evaluate((a) =>
        [...a.childNodes]
          .filter((node) => !(node instanceof Element && node.classList.contains('vh')))
          .map((node) => node.textContent)
          .join(''),
      );
      expect(visible).toBe('Corrected 5 March 2026');
      await expect
        .poll(() =>
          page
            .getByRole('link', { name: 'Corrected 5 March 2026 — read the correction to Sunday opening from April', exact: true })
            .count(),
        )
        .toBe(1);
      await marker.click();
      await page.waitForURL(/#sunday-opening-correction-1$/);
      const correction = page.locator('#sunday-opening-correction-1');
      expect(await correction.innerText()).toMatch(/^Correction, 5 March 2026: This entry previously said/);
      expect(await correction.isVisible()).toBe(true);
    });
  });

  it('lists the correction on the updates page, which the footer links', async () => {
    await withPage(preview.url, async (page) => {
      await page.locator('footer').getByRole('link', { name: 'Updates and corrections' }).click();
      await page.waitForURL(`${preview.url}updates/`);
      const item = page.locator('ol.updates > li', { hasText: 'Correction of 5 March 2026 to Sunday opening from April' });
      expect(await item.count()).toBe(1);
      expect(await item.innerText()).toContain(
        'This entry previously said that Sunday opening starts in May. In fact, it starts in April.',
      );
    });
  });
});

/** Every link on a page by its accessible name, as the browser computes it, with where it leads. */
async function linksByName(page: Page): Promise<Map<string, Set<string>>> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const byName = new Map<string, Set<string>>();
  const lines = snapshot.split('\n');
  lines.forEach((line, i) => {
    const name = /^\s*- link "(.*)":?$/.exec(line)?.[1];
    const url = /^\s*- \/url: "?([^"]*)"?$/.exec(lines[i + 1] ?? '')?.[1];
    if (name === undefined || url === undefined) return;
    const target = new URL(url, page.url()).href;
    byName.set(name, (byName.get(name) ?? new Set()).add(target));
  });
  return byName;
}

describe('link names that stand alone', () => {
  it.each([
    ['the site', () => site.url, () => htmlPages(site.dist).map((f) => (f === '404.html' ? f : urlPathOf(f).slice(1)))],
    [
      'the fixture site',
      () => preview.url,
      () => htmlPages(preview.dist).map((f) => (f === '404.html' ? f : urlPathOf(f, FIXTURE_BASE).slice(FIXTURE_BASE.length))),
    ],
  ])('on %s, never give two links the same name for different places', async (_name, origin, paths) => {
    const counts = await onEachPage(
      paths().map((path) => origin() + path),
      async (page, url) => {
        const byName = await linksByName(page);
        const clashes = [...byName]
          .filter(([, targets]) => targets.size > 1)
          .map(([name, targets]) => `${name} → ${[...targets].join(', ')}`);
        expect(clashes, url).toEqual([]);
        return byName.size;
      },
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(50);
  });

  it('names permanent and source links so they make sense out of context, each entry one Tab stop per place', async () => {
    await withPage(`${site.url}themes/coalition-cities/`, async (page) => {
      const byName = await linksByName(page);
      expect(byName.get('Permanent link to Coalition building among progressive cities')).toEqual(
        new Set([`${site.url}themes/coalition-cities/#coalition-building-among-progressive-cities`]),
      );
      expect(byName.get('Source, paragraph 5')).toEqual(new Set([`${site.url}sources/mayor-ends-immigration-enforcement-cooperation/#p5`]));
      const repeats = await page.locator('article.entry').evaluateAll((articles) =>
        articles.flatMap((article) => {
          const targets = [...article.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);
          return targets.filter((t, i) => targets.indexOf(t) !== i);
        }),
      );
      expect(repeats).toEqual([]);
    });
  });

  it('is what axe checks: two links with one name and two targets are reported', async () => {
    const { page, visit } = withAxe;
    await visit(`${site.url}about/`);
    const run = async () => {
      const { incomplete } = await runAxe(page, {
        runOnly: { type: 'rule', values: ['identical-links-same-purpose'] },
        rules: { 'identical-links-same-purpose': { enabled: true } },
      });
      return incomplete.map((r) => r.id);
    };
    expect(await run()).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      for (const href of ['/themes/federal-conflict/', '/themes/coalition-cities/']) {
        main.append(Object.assign(document.createElement('a'), { href, textContent: 'Read more' }));
      }
    });
    expect(await run()).toEqual(['identical-links-same-purpose']);
  });
});
