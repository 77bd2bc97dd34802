/**
 * Derive's manifest: a derive pays only for what changed, and never skips a
 * change. For each way a change can happen (a seed's bytes, its metadata, a
 * theme's keywords, a derived file edited, deleted, moved or pointed at
 * another source by hand, a key term or timeline item confirmed, rejected,
 * deleted or renamed, a term one seed supplied that another comes to use,
 * a renamed or added seed, a manifest from another
 * version or cut short), the comparison with the manifest names the
 * articles to derive again (or asks for a full pass), and a derive that
 * uses the manifest writes and reports exactly what a derive without one
 * does.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChanges, type Changes } from '../../src/lib/derive/manifest/changes.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { compareFile, hashBytes, RECENT_MS, signatureOf } from '../../src/lib/derive/existing/file-signature.ts';
import { manifestPath, readManifest, writeManifest } from '../../src/lib/derive/manifest/manifest.ts';
import type { DeriveReport } from '../../src/lib/derive/report.ts';
import { toolVersion } from '../../src/lib/derive/manifest/tool-version.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const SECOND = join(import.meta.dirname, '../fixtures/many-articles/second');
const MAYOR = 'mayor-ends-immigration-enforcement-cooperation';
const RENT = 'council-rent-cap';
const STORY = 'mayor-ice-pledge';
const TODAY = '2026-02-01';
// Files written more than RECENT_MS before "now" are remembered by their stat too, so the tests
// exercise the stat comparison and not only the hash.
const later = () => Date.now() + 60_000;
const tool = toolVersion();

/** Two articles, derived once. */
async function site(): Promise<string> {
  const root = tempRoot();
  cpSync(join(SECOND, 'seeds'), join(root, 'seeds'), { recursive: true });
  cpSync(join(SECOND, 'content/themes'), join(root, 'content/themes'), { recursive: true });
  await derive({ root, today: TODAY, now: later() });
  return root;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const write = (root: string, path: string, text: string) => writeFileSync(join(root, path), text);
const edit = (root: string, path: string, change: (text: string) => string) => write(root, path, change(read(root, path)));

/** Every file under content/ but derive's manifest, by path. */
function tree(root: string): Record<string, string> {
  const dir = join(root, 'content');
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (p) => statSync(join(dir, p)).isFile() && p !== '.derive-manifest.json',
  );
  return Object.fromEntries(names.sort().map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

function changes(root: string): Changes | { full: string } {
  const manifest = readManifest(join(root, 'content'), tool);
  if (!manifest) return { full: 'no manifest' };
  return findChanges(root, manifest, later());
}

/** Derives `root` with its manifest and a copy without one; both must write and report the same. */
async function deriveWithAndWithout(root: string): Promise<DeriveReport> {
  const plain = mkdtempSync(join(tmpdir(), 'explainer-plain-'));
  cpSync(root, plain, { recursive: true });
  rmSync(manifestPath(join(plain, 'content')), { force: true });
  const withManifest = await derive({ root, today: TODAY, now: later() });
  const without = await derive({ root: plain, today: TODAY, now: later() });
  expect(withManifest).toEqual(without);
  expect(tree(root)).toEqual(tree(plain));
  rmSync(plain, { recursive: true, force: true });
  return withManifest;
}

const dirty = (found: Changes | { full: string }) => ('full' in found ? found : [...found.dirty].sort());

describe('what the manifest notices', () => {
  it('with nothing changed, names nothing to derive, and derive reports as a full pass would', async () => {
    const root = await site();
    const found = changes(root);
    expect(dirty(found)).toEqual([]);
    expect('full' in found ? [] : found.changedFiles).toEqual([]);
    const report = await deriveWithAndWithout(root);
    expect(report.created.length + report.updated.length + report.removed.length).toBe(0);
    expect(report.unchanged.length).toBeGreaterThan(10);
  });

  it("a seed's bytes: that article only", async () => {
    const root = await site();
    edit(root, `seeds/${RENT}.txt`, (t) => t.replace('voted 7 to 4', 'voted seven to four'));
    expect(dirty(changes(root))).toEqual([RENT]);
    const report = await deriveWithAndWithout(root);
    expect(report.updated).toContain(`content/sources/${RENT}.yaml`);
  });

  it("a seed's metadata: that article only, and the section it maps moves", async () => {
    const root = await site();
    edit(root, `seeds/${RENT}.yaml`, (t) => t.replace('What Happens Next: rent-rules', 'What Happens Next: rent-reactions'));
    expect(dirty(changes(root))).toEqual([RENT]);
    const report = await deriveWithAndWithout(root);
    expect(report.moved).toEqual(['content/entries/rent-rules/what-happens-next.md → content/entries/rent-reactions/what-happens-next.md']);
  });

  it("a theme's keywords: a full pass", async () => {
    const root = await site();
    edit(root, 'content/themes/federal-conflict.md', (t) => t.replace('  - flashpoint\n', '  - flashpoint\n  - lawsuit\n'));
    expect(changes(root)).toEqual({ full: 'content/themes/federal-conflict.md changed' });
    await deriveWithAndWithout(root);
  });

  it('a derived file an editor edited: its article, and the file is kept', async () => {
    const root = await site();
    const entry = 'content/entries/rent-rules/which-homes-the-cap-covers.md';
    edit(root, entry, (t) => `${t}\nAn editor added this sentence.\n`);
    const found = changes(root) as Changes;
    expect(dirty(found)).toEqual([RENT]);
    expect(found.changedFiles).toEqual([entry.replace('content/', '')]);
    const report = await deriveWithAndWithout(root);
    expect(report.kept).toEqual([entry]);
  });

  it('an edit that keeps the size and puts the modification time back is still noticed', async () => {
    const root = await site();
    const entry = join(root, 'content/entries/rent-rules/which-homes-the-cap-covers.md');
    const before = statSync(entry);
    edit(root, 'content/entries/rent-rules/which-homes-the-cap-covers.md', (t) => t.replace('rent', 'RENT'));
    utimesSync(entry, before.atimeMs / 1000, before.mtimeMs / 1000);
    expect(statSync(entry).size).toBe(before.size);
    expect(Math.abs(statSync(entry).mtimeMs - before.mtimeMs)).toBeLessThan(1);
    expect(dirty(changes(root))).toEqual([RENT]);
    expect((await deriveWithAndWithout(root)).kept).toEqual(['content/entries/rent-rules/which-homes-the-cap-covers.md']);
  });

  it('a derived file deleted: its article, and derive writes it again', async () => {
    const root = await site();
    rmSync(join(root, `content/sources/${MAYOR}.yaml`));
    expect(dirty(changes(root))).toEqual([MAYOR]);
    expect((await deriveWithAndWithout(root)).created).toEqual([`content/sources/${MAYOR}.yaml`]);
  });

  it('an entry moved to another theme by hand: its article, and the entry stays where it was put', async () => {
    const root = await site();
    renameSync(
      join(root, 'content/entries/rent-rules/what-happens-next.md'),
      join(root, 'content/entries/rent-reactions/what-happens-next.md'),
    );
    const found = changes(root) as Changes;
    expect(dirty(found)).toEqual([RENT]);
    expect(found.changedFiles).toEqual(['entries/rent-reactions/what-happens-next.md']);
    const report = await deriveWithAndWithout(root);
    expect(report.created).toEqual([]);
    expect(existsSync(join(root, 'content/entries/rent-reactions/what-happens-next.md'))).toBe(true);
  });

  it('an entry pointed at another source by hand: the article it left and the one it names now', async () => {
    const root = await site();
    const entry = 'content/entries/rent-rules/what-happens-next.md';
    edit(root, entry, (t) => t.replace(`source: ${RENT}`, `source: ${MAYOR}`));
    expect(dirty(changes(root))).toEqual([RENT]);
    // The file names the other article now: the pass reads that one too, as a full pass would.
    await deriveWithAndWithout(root);
  });

  it('a renamed seed: the new name and every article without a seed, and its entries follow it', async () => {
    const root = await site();
    renameSync(join(root, `seeds/${RENT}.txt`), join(root, 'seeds/rent-cap-vote.txt'));
    renameSync(join(root, `seeds/${RENT}.yaml`), join(root, 'seeds/rent-cap-vote.yaml'));
    expect(dirty(changes(root))).toEqual([RENT, 'rent-cap-vote']);
    const report = await deriveWithAndWithout(root);
    expect(report.renamed).toEqual([`content/sources/${RENT}.yaml → content/sources/rent-cap-vote.yaml`]);
    expect(report.repointed.length).toBeGreaterThan(0);
  });

  it('a new seed: that article only, and no file of the others changes', async () => {
    const root = await site();
    const before = tree(root);
    write(
      root,
      'seeds/extra-article.txt',
      'An Extra Article\nOpening\nThe opening.\nFederal Funding Fight\nThe federal funding conflict grew.\n',
    );
    write(root, 'seeds/extra-article.yaml', `story: ${STORY}\n`);
    expect(dirty(changes(root))).toEqual(['extra-article']);
    const report = await deriveWithAndWithout(root);
    expect(report.created).toEqual(['content/sources/extra-article.yaml', 'content/entries/federal-conflict/federal-funding-fight.md']);
    const after = tree(root);
    for (const [path, text] of Object.entries(before)) expect(after[path], path).toBe(text);
  });

  it('a key term an editor confirmed: its term, and the file is kept', async () => {
    const root = await site();
    edit(root, 'content/terms/ice.md', (t) => t.replace('status: proposed\n', '').replace(/\n---\n\n?$/, '\n---\nThe federal agency.\n'));
    const found = changes(root) as Changes;
    expect(dirty(found)).toEqual(['term:ice']);
    expect(found.changedFiles).toEqual(['terms/ice.md']);
    const report = await deriveWithAndWithout(root);
    expect(report.kept).toEqual(['content/terms/ice.md']);
    expect(read(root, 'content/terms/ice.md')).toContain('The federal agency.');
  });

  it('a key term deleted: derive proposes it again from the seed that supplies it', async () => {
    const root = await site();
    rmSync(join(root, 'content/terms/ice.md'));
    expect(dirty(changes(root))).toEqual(['term:ice']);
    const report = await deriveWithAndWithout(root);
    expect(report.created).toEqual(['content/terms/ice.md']);
    expect(report.undefinedTerms).toEqual([`content/terms/ice.md: seeds/${MAYOR}.txt p1`]);
  });

  it('a seed that starts using a term another seed supplied: it supplies the term now, and a dated sentence is proposed', async () => {
    const root = await site();
    edit(root, `seeds/${RENT}.txt`, (t) =>
      t.replace('voted 7 to 4', 'voted 7 to 4 while ICE agents watched. The council first met on 3 March 2025. It voted'),
    );
    expect(dirty(changes(root))).toEqual([RENT]);
    const report = await deriveWithAndWithout(root);
    expect(report.updated).toContain('content/terms/ice.md');
    expect(read(root, 'content/terms/ice.md')).toContain(`source: ${RENT}\n`);
    expect(report.created.filter((f) => f.startsWith(`content/timelines/${RENT}/`))).toHaveLength(1);
  });

  it('a file whose frontmatter no longer parses: a full pass, and no manifest until it is fixed', async () => {
    const root = await site();
    edit(root, 'content/entries/rent-rules/what-happens-next.md', (t) => t.replace('title:', 'title: [unclosed'));
    await deriveWithAndWithout(root);
    expect(existsSync(manifestPath(join(root, 'content')))).toBe(false);
  });
});

describe('a manifest that cannot be trusted is not used', () => {
  it('from another version of the tool, or another format, or cut short', async () => {
    const root = await site();
    const contentDir = join(root, 'content');
    const manifest = readManifest(contentDir, tool)!;
    expect(manifest).toBeDefined();
    expect(readManifest(contentDir, 'another version')).toBeUndefined();
    const text = read(root, 'content/.derive-manifest.json');
    write(root, 'content/.derive-manifest.json', text.replace('"format":1', '"format":2'));
    expect(readManifest(contentDir, tool)).toBeUndefined();
    write(root, 'content/.derive-manifest.json', text.slice(0, -20));
    expect(readManifest(contentDir, tool)).toBeUndefined();
    // Any change by hand, even one that leaves it well-formed, is caught by the hash on its first line.
    const tampered = text.replace(`"${RENT}"`, `"${MAYOR}"`);
    expect(tampered).not.toBe(text);
    write(root, 'content/.derive-manifest.json', tampered);
    expect(readManifest(contentDir, tool)).toBeUndefined();
  });

  it("the tool's version covers every file of derive's stages, those in derive's rooms too", () => {
    const lib = join(tempRoot(), 'src/lib');
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(lib, path)), { recursive: true });
      writeFileSync(join(lib, path), text);
    };
    for (const stage of ['model', 'text', 'content-files', 'article', 'derive/plan', 'check']) put(`${stage}/a.ts`, '');
    const before = toolVersion(lib);
    expect(toolVersion(lib)).toBe(before);
    put('derive/plan/a.ts', 'export const placed = 1;');
    expect(toolVersion(lib)).not.toBe(before);
    const after = toolVersion(lib);
    put('check/a.ts', 'export const checked = 1;');
    expect(toolVersion(lib)).toBe(after);
  });

  it('a manifest from another version that would hide a change: derive passes over everything and finds it', async () => {
    const root = await site();
    const contentDir = join(root, 'content');
    // The other version's manifest claims the edited seed is as it was.
    const stale = readManifest(contentDir, tool)!;
    edit(root, `seeds/${RENT}.txt`, (t) => t.replace('voted 7 to 4', 'voted seven to four'));
    writeManifest(contentDir, { ...stale, tool: 'another version', seeds: { ...stale.seeds } });
    const report = await derive({ root, today: TODAY, now: later() });
    expect(report.updated).toContain(`content/sources/${RENT}.yaml`);
    expect(readManifest(contentDir, tool)).toBeDefined();
  });

  it('derive --check never writes one', async () => {
    const root = await site();
    rmSync(manifestPath(join(root, 'content')));
    await derive({ root, dryRun: true, today: TODAY });
    expect(existsSync(manifestPath(join(root, 'content')))).toBe(false);
  });
});

describe('file signatures', () => {
  const file = () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-signature-'));
    writeFileSync(join(dir, 'a.md'), 'first');
    return join(dir, 'a.md');
  };

  it('keep no stat for a file whose timestamps are too recent to trust', () => {
    const path = file();
    const stats = statSync(path);
    expect(signatureOf(stats, readFileSync(path), stats.mtimeMs + RECENT_MS - 1)).toEqual({ hash: hashBytes('first') });
    expect(signatureOf(stats, readFileSync(path), stats.ctimeMs + RECENT_MS + 1)).toMatchObject({ hash: hashBytes('first'), size: 5 });
  });

  it('trust a matching stat without reading, and read and hash when there is none', () => {
    const path = file();
    const stats = statSync(path);
    const now = Math.max(stats.mtimeMs, stats.ctimeMs) + RECENT_MS + 1;
    const trusted = signatureOf(stats, readFileSync(path), now);
    // A recorded hash that does not match the bytes is not even looked at while the stat matches.
    expect(compareFile(path, { ...trusted, hash: 'not read' }, now)).toEqual({ kind: 'same' });
    expect(compareFile(path, { hash: 'not read' }, now)).toEqual({ kind: 'changed' });
    expect(compareFile(path, { hash: hashBytes('first') }, now)).toEqual({ kind: 'same', signature: trusted });
    // The change time is compared too: no tool can set it back.
    expect(compareFile(path, { ...trusted, ctimeMs: trusted.ctimeMs! - 1, hash: 'not read' }, now)).toEqual({ kind: 'changed' });
    writeFileSync(path, 'a longer text');
    expect(compareFile(path, trusted, now).kind).toBe('changed');
    rmSync(path);
    expect(compareFile(path, trusted, now)).toEqual({ kind: 'missing' });
  });
});

describe('any sequence of changes', () => {
  const entries = (root: string) =>
    readdirSync(join(root, 'content/entries'), { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.md'))
      .sort()
      .map((p) => `content/entries/${p}`);
  const pick = (list: string[], n: number) => list[n % list.length]!;
  const proposals = (root: string) =>
    ['terms', 'timelines'].flatMap((folder) =>
      existsSync(join(root, 'content', folder))
        ? readdirSync(join(root, 'content', folder), { recursive: true, encoding: 'utf8' })
            .filter((p) => p.endsWith('.md'))
            .sort()
            .map((p) => `content/${folder}/${p}`)
        : [],
    );
  const seedOf = (root: string, slug: string) => (existsSync(join(root, `seeds/${slug}.txt`)) ? `seeds/${slug}.txt` : undefined);
  const EXTRA = 'An Extra Article\nOpening\nThe opening.\nFederal Funding Fight\nThe federal funding conflict grew.\n';

  /** Changes a maintainer or an editor might make between two derives; `n` picks the file. */
  const steps: Record<string, (root: string, n: number) => void> = {
    'edit a seed paragraph': (root, n) => {
      const seed = seedOf(root, n % 2 ? RENT : MAYOR) ?? seedOf(root, 'rent-cap-vote');
      if (seed) edit(root, seed, (t) => t.replace(/\. /, `. Step ${n} said so. `));
    },
    'reword a heading': (root) => {
      const seed = seedOf(root, RENT);
      if (seed) edit(root, seed, (t) => t.replace('Tenant Groups Welcome the Vote', 'Tenant Groups Cheer the Vote'));
      if (seed) edit(root, `seeds/${RENT}.yaml`, (t) => t.replace('Tenant Groups Welcome the Vote', 'Tenant Groups Cheer the Vote'));
    },
    'remap a section': (root) => {
      if (seedOf(root, RENT))
        edit(root, `seeds/${RENT}.yaml`, (t) => t.replace('What Happens Next: rent-rules', 'What Happens Next: rent-reactions'));
    },
    "add a theme's keyword": (root, n) =>
      edit(root, 'content/themes/coalition-cities.md', (t) => t.replace('keywords:\n', `keywords:\n  - word${n}\n`)),
    'edit an entry': (root, n) => edit(root, pick(entries(root), n), (t) => `${t}\nAn editor's sentence ${n}.\n`),
    'delete an entry': (root, n) => rmSync(join(root, pick(entries(root), n))),
    'move an entry': (root, n) => {
      const from = pick(entries(root), n);
      const to = from.replace(/entries\/[^/]+\//, 'entries/sanctuary-policy/');
      if (to !== from && !existsSync(join(root, to))) renameSync(join(root, from), join(root, to));
    },
    'point an entry at the other article': (root, n) =>
      edit(root, pick(entries(root), n), (t) => t.replace(`source: ${RENT}`, `source: ${MAYOR}`)),
    'touch a file without changing it': (root, n) => edit(root, pick(entries(root), n), (t) => t),
    'rename a seed': (root) => {
      if (!seedOf(root, RENT)) return;
      renameSync(join(root, `seeds/${RENT}.txt`), join(root, 'seeds/rent-cap-vote.txt'));
      renameSync(join(root, `seeds/${RENT}.yaml`), join(root, 'seeds/rent-cap-vote.yaml'));
    },
    'copy an entry': (root, n) => {
      const from = pick(entries(root), n);
      cpSync(join(root, from), join(root, from.replace(/\.md$/, '-copy.md')));
    },
    "change an entry's order": (root, n) => edit(root, pick(entries(root), n), (t) => t.replace(/^order: \d+$/m, `order: ${n + 1}`)),
    'break a frontmatter': (root, n) => edit(root, pick(entries(root), n), (t) => t.replace('title:', 'title: [')),
    'mend every frontmatter': (root) => {
      for (const entry of entries(root)) edit(root, entry, (t) => t.replace('title: [', 'title:'));
    },
    'delete a source': (root, n) => {
      const sources = readdirSync(join(root, 'content/sources')).sort();
      if (sources.length > 0) rmSync(join(root, 'content/sources', pick(sources, n)));
    },
    'add a theme': (root) =>
      write(
        root,
        'content/themes/funding.md',
        '---\ntitle: Funding\nquestion: Who pays?\nsummary: Money.\norder: 9\nkeywords:\n  - funding\n---\nMoney.\n',
      ),
    'add a seed': (root) => write(root, 'seeds/extra-article.txt', EXTRA),
    // Key terms and timeline items: the rent article comes first by name, so using ICE there makes it supply ice.md.
    'use an acronym the other article uses': (root, n) => {
      const seed = seedOf(root, RENT) ?? seedOf(root, 'rent-cap-vote');
      if (seed) edit(root, seed, (t) => t.replace('voted 7 to 4', `voted 7 to 4 (ICE agents watched, step ${n})`));
    },
    'define an acronym beside a date': (root) => {
      const seed = seedOf(root, RENT) ?? seedOf(root, 'rent-cap-vote');
      if (seed)
        edit(root, seed, (t) =>
          t.replace('ending a debate', 'after the Rent Stabilization Board (RSB) met on 3 March 2025, ending a debate'),
        );
    },
    'drop the acronyms from the rent article': (root) => {
      const seed = seedOf(root, RENT) ?? seedOf(root, 'rent-cap-vote');
      if (seed)
        edit(root, seed, (t) =>
          t.replace(/ \(ICE agents watched, step \d+\)/g, '').replace('after the Rent Stabilization Board (RSB) met on 3 March 2025, ', ''),
        );
    },
    'confirm a proposal': (root, n) => {
      const files = proposals(root);
      if (files.length > 0)
        edit(root, pick(files, n), (t) => t.replace('status: proposed\n', '').replace(/\n---\n\n?$/, `\n---\nEditors' text ${n}.\n`));
    },
    'reject a proposal': (root, n) => {
      const files = proposals(root);
      if (files.length > 0) edit(root, pick(files, n), (t) => t.replace('status: proposed', 'status: rejected'));
    },
    'delete a proposal': (root, n) => {
      const files = proposals(root);
      if (files.length > 0) rmSync(join(root, pick(files, n)));
    },
    'keep a term under another file name': (root, n) => {
      const terms = proposals(root).filter((f) => f.startsWith('content/terms/'));
      const from = terms.length > 0 ? pick(terms, n) : undefined;
      if (from && !from.endsWith('-by-hand.md')) renameSync(join(root, from), join(root, from.replace(/\.md$/, '-by-hand.md')));
    },
    'rename a term in its file': (root, n) => {
      const terms = proposals(root).filter((f) => f.startsWith('content/terms/'));
      if (terms.length > 0) edit(root, pick(terms, n), (t) => t.replace(/^term: (.+)$/m, 'term: $1X'));
    },
    'remove a seed': (root) => rmSync(join(root, 'seeds/extra-article.txt'), { force: true }),
  };

  /** Derives with the manifest and without; both must succeed alike or fail alike. */
  async function sameEitherWay(root: string): Promise<void> {
    const plain = mkdtempSync(join(tmpdir(), 'explainer-plain-'));
    cpSync(root, plain, { recursive: true });
    rmSync(manifestPath(join(plain, 'content')), { force: true });
    const outcome = (r: string) =>
      derive({ root: r, today: TODAY, now: later() }).then(
        (report) => ({ report }),
        (error: Error) => ({ error: error.message }),
      );
    expect(await outcome(root)).toEqual(await outcome(plain));
    expect(tree(root)).toEqual(tree(plain));
    rmSync(plain, { recursive: true, force: true });
  }

  it('leaves the same files and report with the manifest as without it, after every step', async () => {
    const names = Object.keys(steps);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(50)), { minLength: 1, maxLength: 8 }), async (sequence) => {
        const root = await site();
        for (const [name, n] of sequence) {
          steps[name]!(root, n);
          await sameEitherWay(root);
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 60, seed: 16 },
    );
  }, 240_000);
});
