/**
 * Every site the `site` and `browser` tiers read, each built once a run when
 * a test first asks for it (tests/helpers/site-builds.ts). Files that read
 * the same site share its build, so a site is defined once, here, by what it
 * holds and how it is built.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { confirmTranslation } from '../../src/lib/check/confirm-translation.ts';
import { ENGLISH_CATALOGUE } from '../../src/lib/content-files/interface-catalogue.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { projectRoot } from './build-site.ts';
import { DATED_ROOT, FIXTURE_BASE, FIXTURE_ROOT, FIXTURE_SITE } from './fixture-site.ts';
import { treeWithFixture } from './fixture-tree.ts';
import { confirmDrafts } from './drafts.ts';
import { tempRoot } from './temp-root.ts';
import type { SiteBuild } from './site-builds.ts';

const fixture = (name: string) => join(projectRoot, 'tests/fixtures', name);
const PREVIEW = { CI: 'true', EXPLAINER_PREVIEW: 'true' };

/** The project's own site, built as CI builds it: it must carry no draft and no stale citation. */
export const SEED_SITE: SiteBuild = { name: 'seed', runKind: { CI: 'true' } };

/** tests/fixtures/site-preview under FIXTURE_BASE, one entry per theme page, so that pagination is exercised too. */
export const LIBRARY_PREVIEW: SiteBuild = {
  name: 'library-preview',
  dataRoot: FIXTURE_ROOT,
  basePath: FIXTURE_BASE,
  siteUrl: FIXTURE_SITE,
  entriesPerPage: 1,
};

/** tests/fixtures/site-dated (key terms and a timeline, some still drafts), as a pull-request preview under FIXTURE_BASE. */
export const DATED_PREVIEW: SiteBuild = {
  name: 'dated-preview',
  dataRoot: DATED_ROOT,
  basePath: FIXTURE_BASE,
  siteUrl: FIXTURE_SITE,
  runKind: PREVIEW,
};

/** Derives a copy of a fixture's seeds (and themes, if it has them) as of a day. */
const derived = (name: string, today: string) => async (root: string) => {
  cpSync(fixture(name), root, { recursive: true });
  await derive({ root, today });
};

/** tests/fixtures/site-small, another article with its own two themes, derived. */
export const RIVER_TOWN: SiteBuild = { name: 'river-town', prepare: derived('site-small', '2026-03-05') };

/** tests/fixtures/site-small's seed alone: derive proposes the themes; built as a pull-request preview. */
export const RIVER_TOWN_DRAFTS: SiteBuild<string[]> = {
  name: 'river-town-drafts',
  prepare: async (root) => {
    cpSync(fixture('site-small/seeds'), join(root, 'seeds'), { recursive: true });
    const report = await derive({ root, today: '2026-03-05' });
    return report.proposed.map((file) => file.replace(/^content\/themes\/(.+)\.md$/, '$1'));
  },
  runKind: PREVIEW,
};

/** tests/fixtures/site-hostile: a seed full of HTML-looking text, derived. */
export const HOSTILE: SiteBuild = { name: 'hostile', prepare: derived('site-hostile', '2026-03-05') };

/** tests/fixtures/site-long-name: a site named by a 120-character headline, with five long theme titles. */
export const LONG_NAME: SiteBuild = { name: 'long-name', prepare: derived('site-long-name', '2026-04-09') };

const MANY = fixture('many-articles');

/** The project's content with a second article of its own themes (tests/fixtures/many-articles). */
export const TWO_STORIES: SiteBuild = {
  name: 'two-stories',
  prepare: async (root) => {
    tempRoot({}, { into: root });
    for (const part of ['first', 'second']) cpSync(join(MANY, part), root, { recursive: true });
    await derive({ root, today: '2026-03-11' });
  },
};

/** The two stories and six short notices, each notice a story of its own published on the first of January to June 2025: eight stories, twelve themes. */
export const NOTICES = [1, 2, 3, 4, 5, 6];
export const EIGHT_STORIES: SiteBuild = {
  name: 'eight-stories',
  prepare: async (root) => {
    tempRoot({}, { into: root });
    for (const part of ['first', 'second']) cpSync(join(MANY, part), root, { recursive: true });
    for (const n of NOTICES) {
      writeFileSync(
        join(root, `seeds/rent-board-notice-${n}.txt`),
        `Rent board notice ${n}\nNotice ${n} Published\nThe rent board published its notice ${n} on Monday, as the rent cap requires each month.\nWhat Happens Next\nThe notice lists ${n * 12} buildings whose owners asked for increases above the cap; the board decides within ninety days.\n`,
      );
      writeFileSync(
        join(root, `seeds/rent-board-notice-${n}.yaml`),
        `published: 2025-0${n}-01\nstory: notice-${n}\nthemes:\n  What Happens Next: notice-${n}\n`,
      );
      writeFileSync(
        join(root, `content/stories/notice-${n}.md`),
        `---\nheadline: The rent board's notice ${n}\nstandfirst: What notice ${n} lists.\n---\n`,
      );
      writeFileSync(
        join(root, `content/themes/notice-${n}.md`),
        `---\ntitle: Notice ${n}\nquestion: What did notice ${n} list?\nsummary: The buildings whose owners asked for more.\norder: 1\nstory: notice-${n}\nkeywords:\n  - notice ${n}\n---\nThe rent board's notice ${n}.\n`,
      );
    }
    await derive({ root, today: '2026-03-11' });
  },
};

/**
 * The project's site with two unrelated stories added, derived, their drafts
 * confirmed by the editors, built as CI builds it: a GAO testimony (from
 * tests/fixtures/story-pairs/articles/), and an ONRR page saved again as a
 * newer version under a new name (tests/fixtures/versions/), which retires
 * the first; the key terms and dates derive proposed for them kept. The
 * first story's pages must be those of SEED_SITE, byte for byte.
 */
export const SEED_AND_UNRELATED: SiteBuild = {
  name: 'seed-and-unrelated',
  prepare: async (root) => {
    for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
    const article = fixture('story-pairs/articles/gao-transparency-testimony');
    cpSync(join(article, 'seed.txt'), join(root, 'seeds/gao-transparency-testimony.txt'));
    writeFileSync(
      join(root, 'seeds/gao-transparency-testimony.yaml'),
      'publisher: U.S. Government Accountability Office\npublished: 2026-03-18\n',
    );
    const versions = fixture('versions/onrr-aml-reclamation');
    const url = 'url: https://revenuedata.doi.gov/how-it-works/aml-reclamation-program/\n';
    cpSync(join(versions, 'v1.txt'), join(root, 'seeds/aml-reclamation.txt'));
    writeFileSync(join(root, 'seeds/aml-reclamation.yaml'), `${url}story: aml-reclamation\n`);
    await derive({ root, today: '2026-12-01' });
    cpSync(join(versions, 'v2.txt'), join(root, 'seeds/aml-reclamation-update.txt'));
    writeFileSync(join(root, 'seeds/aml-reclamation-update.yaml'), url);
    await derive({ root, today: '2026-12-07' });
    confirmDrafts(root);
    // The editors keep the key terms and dates derive proposed for the new stories after all.
    for (const dir of ['content/terms', 'content/timelines'])
      for (const file of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
        const path = join(root, dir, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^status: rejected\n/m, ''));
      }
    // The first story's terms in the editors' words rest on no source: they name their story. One glossary term names none.
    for (const file of readdirSync(join(root, 'content/terms')).filter((f) => f.endsWith('.md'))) {
      const path = join(root, 'content/terms', file);
      const text = readFileSync(path, 'utf8');
      if (!/^source:/m.test(text)) writeFileSync(path, text.replace(/^kind: /m, 'story: mayor-ice-pledge\nkind: '));
    }
    writeFileSync(
      join(root, 'content/terms/public-domain.md'),
      '---\nterm: public domain\nkind: context\n---\nWork free of copyright, which anyone may copy and publish. Most reports of the federal government are in the public domain.\n',
    );
  },
  runKind: { CI: 'true' },
};

/** The entry whose English changes after its Spanish translation was made, and the sentence that changes. */
export const CHANGED_ENTRY = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
const CHANGED_SENTENCE = 'The Trump administration has promised aggressive deportation operations and expanded enforcement efforts.';

/** The English definition that changes after its Spanish translation was made, and how. */
export const CHANGED_TERM = 'content/terms/deportation.md';
const TERM_CHANGE = ['Federal law calls it removal.', 'Federal law calls it removal, and it can bar a return for years.'] as const;

/** A definition quoted from the source, added with its Spanish translation, confirmed. */
export const QUOTED_TERM = {
  file: 'content/terms/non-cooperation.md',
  text: '---\nterm: non-cooperation\nkind: quote\nsource: mayor-ends-immigration-enforcement-cooperation\nparagraphs:\n  - p2\ncited:\n  p2: 0eabcfcbef8f6c8c\n---\nMamdani’s ICE abolition commitment builds on New York City’s existing sanctuary city policies but pushes further toward active resistance rather than mere non-cooperation.\n',
  spanish: 'content/translations/es/terms/non-cooperation.md',
  translation:
    "---\ntranslates: '0000000000000000'\nstatus: machine\ntranslator: Explainer team\nterm: falta de cooperación\n---\nEl compromiso de Mamdani de abolir ICE se basa en las políticas de ciudad santuario que la ciudad de Nueva York ya tenía, pero va más allá, hacia la resistencia activa y no la mera falta de cooperación.\n",
};

/** The Arabic interface strings written here; every other key keeps its English. */
export const ARABIC: Partial<Record<keyof typeof ENGLISH_CATALOGUE, string>> = {
  'language.source': 'الإنجليزية',
  'page.skip': 'انتقل إلى المحتوى الرئيسي',
  'page.menu': 'القائمة',
  'page.about': 'كيف يُعدّ هذا الشرح',
  'page.search': 'بحث',
  'home.glance': 'نظرة سريعة',
  'notice.machine': 'ترجمة آلية لم يراجعها إنسان بعد.',
  'notice.fallback': 'لم يُترجم بعد: معروض بلغته الأصلية، {language}.',
};

/**
 * The project's content in three editions, as a pull-request preview at a
 * site URL under FIXTURE_BASE: tests/fixtures/site-rtl adds a right-to-left
 * Arabic edition (its home page, one theme and two entries translated, and an
 * interface catalogue written here), and one sentence of a translated English
 * entry changes (the editor makes it their own reporting), so its Spanish
 * translation is behind; so does one key term's definition, and a key term
 * quoted from the source is added with its Spanish translation. The
 * right-to-left layout, the stale-translation notices and the preview's URLs
 * and determinism are all checked on it.
 */
async function threeEditions(root: string): Promise<void> {
  treeWithFixture(fixture('site-rtl'), root);
  const catalogue = 'content/translations/ar/interface.yaml';
  const strings = { ...ENGLISH_CATALOGUE, ...ARABIC };
  writeFileSync(
    join(root, catalogue),
    stringify({ translates: '0000000000000000', status: 'machine', translator: 'Explainer team', strings }),
  );
  for (const file of [
    catalogue,
    'content/translations/ar/site.yaml',
    'content/translations/ar/stories/mayor-ice-pledge.md',
    'content/translations/ar/themes/sanctuary-policy.md',
    'content/translations/ar/entries/sanctuary-policy/detention-and-release-policies-under-mamdani.md',
    'content/translations/ar/entries/sanctuary-policy/sanctuary-city-policy-and-federal-cooperation-refusal.md',
  ])
    confirmTranslation(root, file);
  writeFileSync(join(root, QUOTED_TERM.file), QUOTED_TERM.text);
  writeFileSync(join(root, QUOTED_TERM.spanish), QUOTED_TERM.translation);
  confirmTranslation(root, QUOTED_TERM.spanish);
  const term = join(root, CHANGED_TERM);
  writeFileSync(term, readFileSync(term, 'utf8').replace(...TERM_CHANGE));
  const entry = join(root, CHANGED_ENTRY);
  writeFileSync(
    entry,
    readFileSync(entry, 'utf8')
      .replace(CHANGED_SENTENCE, 'The Trump administration has promised wider deportation operations.')
      .replace('kind: quote', 'kind: reporting')
      .replace(/^updated: .*$/m, 'updated: 2026-11-29'),
  );
}

export const THREE_EDITIONS: SiteBuild = {
  name: 'three-editions',
  prepare: threeEditions,
  basePath: FIXTURE_BASE,
  siteUrl: FIXTURE_SITE,
  runKind: PREVIEW,
};

/** The same, built again as if on a machine far away, so output that depends on the clock's zone or the locale shows up as a difference. */
export const THREE_EDITIONS_ELSEWHERE: SiteBuild = {
  ...THREE_EDITIONS,
  name: 'three-editions-elsewhere',
  env: { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' },
};
