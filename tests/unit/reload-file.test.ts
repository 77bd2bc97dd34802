/**
 * The dev server's check after an edit: the tree brought up to date by
 * reloading the one file that changed, and checked with what the last check
 * found about the files that did not, must say exactly what a fresh
 * `checkContent` of the whole tree says, after any sequence of edits,
 * additions and deletions, broken files included, in every collection
 * (key terms, timeline items and translations too).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent, checkTree, type CheckResult } from '../../src/lib/check/check.ts';
import { CheckMemo } from '../../src/lib/check/check-memo.ts';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { reloadFile } from '../../src/lib/content-files/reload-file.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { contentHash } from '../../src/lib/model/hash.ts';
import { projectRoot } from '../helpers/build-site.ts';

function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-reload-'));
  for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  return root;
}

const files = (root: string) =>
  readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(md|yaml)$/.test(p) && p !== 'site.yaml')
    .sort()
    .map((p) => `content/${p}`);
/** The n-th of `list`, round the list; undefined when it is empty. */
const pick = (list: string[], n: number): string | undefined => list[n % list.length];
const edit = (root: string, file: string, change: (t: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

/** Edits an editor might save; each returns the file it touched, or undefined when it had none to touch. */
const edits: Record<string, (root: string, n: number) => string | undefined> = {
  'append a sentence': (root, n) => {
    const file = pick(files(root), n);
    if (!file) return undefined;
    edit(root, file, (t) => (file.endsWith('.md') ? `${t}\nOne more sentence.\n` : t.replace('title: ', 'title: A ')));
    return file;
  },
  'misquote the source': (root, n) => {
    const file = pick(
      files(root).filter((f) => f.startsWith('content/entries/')),
      n,
    );
    if (!file) return undefined;
    edit(root, file, (t) => `${t}\n> “A sentence no source has.”\n`);
    return file;
  },
  'reuse an order': (root, n) => {
    const file = pick(files(root), n);
    if (!file) return undefined;
    edit(root, file, (t) => t.replace(/^order: \d+$/m, 'order: 1'));
    return file;
  },
  'break the frontmatter': (root, n) => {
    const file = pick(files(root), n);
    if (!file) return undefined;
    edit(root, file, (t) => t.replace(/^title: /m, 'title: [ '));
    return file;
  },
  'change a source paragraph': (root, n) => {
    const file = pick(
      files(root).filter((f) => f.startsWith('content/sources/')),
      n,
    );
    if (!file) return undefined;
    edit(root, file, (t) => t.replace(/(text: .{20})/, '$1 and more'));
    return file;
  },
  'reword a source paragraph, hash and all': (root, n) => {
    const file = pick(
      files(root).filter((f) => f.startsWith('content/sources/')),
      n,
    );
    if (!file) return undefined;
    // Still sound: what cites the paragraph is judged against its new words.
    edit(root, file, (t) =>
      t.replace(/^( {4}hash: )\w+\n( {4}text: )(.+)$/m, (_all, hash: string, text: string, words: string) => {
        const reworded = `${words} Step ${n}.`;
        return `${hash}${contentHash(reworded)}\n${text}${reworded}`;
      }),
    );
    return file;
  },
  'delete a file': (root, n) => {
    const file = pick(files(root), n);
    if (!file) return undefined;
    rmSync(join(root, file));
    return file;
  },
  'copy an entry under a new name': (root, n) => {
    const from = pick(
      files(root).filter((f) => f.startsWith('content/entries/')),
      n,
    );
    if (!from) return undefined;
    const to = from.replace(/\.md$/, `-copy-${n}.md`);
    cpSync(join(root, from), join(root, to));
    return to;
  },
  'quote a term or timeline item wrongly': (root, n) => {
    const file = pick(
      files(root).filter((f) => /^content\/(terms|timelines)\//.test(f)),
      n,
    );
    if (!file) return undefined;
    edit(root, file, (t) => t.replace(/^kind: \w+$/m, 'kind: quote').replace(/^source: .+$/m, n % 2 ? 'source: no-such-source' : '$&'));
    return file;
  },
  'add a timeline item': (root, n) => {
    const source = pick(
      files(root).filter((f) => f.startsWith('content/sources/')),
      n,
    );
    if (!source) return undefined;
    const slug = source.replace(/^content\/sources\/|\.yaml$/g, '');
    const file = `content/timelines/${slug}/2025-0${(n % 9) + 1}-step-${n}.md`;
    mkdirSync(join(root, 'content/timelines', slug), { recursive: true });
    const status = n % 3 === 0 ? 'status: proposed\n' : '';
    writeFileSync(
      join(root, file),
      `---\ndate: 2025-0${(n % 9) + 1}\nkind: context\n${status}source: ${slug}\nparagraphs:\n  - p1\n---\nIt happened.\n`,
    );
    return file;
  },
  'add a misnamed file': (root, n) => {
    const file = `content/entries/federal-conflict/Draft ${n}.md`;
    writeFileSync(join(root, file), '---\ntitle: x\n---\n');
    return file;
  },
};

const said = (result: CheckResult) => ({
  errors: result.errors.map(formatProblem),
  warnings: result.warnings.map(formatProblem),
  drafts: result.drafts.map(formatProblem),
  staleTranslations: result.staleTranslations.map(formatProblem),
  translations: result.translations.map((s) => [s.translation.file, s.stale, s.current, s.original, s.changed]),
  items: (['themes', 'sources', 'entries', 'translations', 'terms', 'timeline'] as const).map((f) =>
    result.tree[f].map((i) => [i.file, i.text]),
  ),
});

describe('checking a tree reloaded one file at a time', () => {
  it('says what a fresh check of the whole tree says, after every edit', () => {
    const names = Object.keys(edits);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(40)), { minLength: 1, maxLength: 8 }), (sequence) => {
        const root = copyProject();
        let tree = loadContent(root);
        const memo = new CheckMemo();
        checkTree(tree, memo);
        for (const [name, n] of sequence) {
          const file = edits[name]!(root, n);
          if (!file) continue;
          tree = reloadFile(root, tree, file);
          expect(said(checkTree(tree, memo)), `${name} ${file}`).toEqual(said(checkContent(root)));
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 40, seed: 16 },
    );
  });

  it('finds a translation stale once the English entry it translates is edited, as a fresh check does', () => {
    const root = copyProject();
    const entry = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
    const translation = 'content/translations/es/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
    let tree = loadContent(root);
    const memo = new CheckMemo();
    const before = checkTree(tree, memo);
    expect(before.translations.find((s) => s.translation.file === translation)?.stale).toBe(false);
    expect(before.staleTranslations).toEqual([]);

    const original = readFileSync(join(root, entry), 'utf8');
    edit(root, entry, (t) => t.replace(/^title: .*$/m, 'title: Retitled by an editor'));
    tree = reloadFile(root, tree, entry);
    const after = checkTree(tree, memo);
    expect(after.translations.find((s) => s.translation.file === translation)?.stale).toBe(true);
    expect(after.staleTranslations.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${translation}:\\d+: translates: stale: ${entry} changed`)),
    ]);
    expect(said(after)).toEqual(said(checkContent(root)));

    // Undone, the English entry is what the translation was made from again.
    writeFileSync(join(root, entry), original);
    tree = reloadFile(root, tree, entry);
    const undone = checkTree(tree, memo);
    expect(undone.staleTranslations).toEqual([]);
    expect(said(undone)).toEqual(said(checkContent(root)));
    rmSync(root, { recursive: true, force: true });
  });

  it('leaves the tree as it is for a path that is no content file, and reloads it all for a folder', () => {
    const root = copyProject();
    const tree = loadContent(root);
    expect(reloadFile(root, tree, 'content/entries/federal-conflict/.notes.md.123.tmp')).toBe(tree);
    expect(reloadFile(root, tree, 'content/entries/federal-conflict/notes.txt')).toBe(tree);
    // A file no collection reads is refused while it is there, as a fresh load refuses it.
    writeFileSync(join(root, 'content/entries/federal-conflict/notes.txt'), 'Ask the press office.\n');
    const refused = reloadFile(root, tree, 'content/entries/federal-conflict/notes.txt');
    expect(said(checkTree(refused))).toEqual(said(checkContent(root)));
    expect(said(checkTree(refused)).errors.join('\n')).toContain('content/entries/federal-conflict/notes.txt: expected an entry');
    rmSync(join(root, 'content/entries/federal-conflict/notes.txt'));
    expect(said(checkTree(reloadFile(root, refused, 'content/entries/federal-conflict/notes.txt')))).toEqual(said(checkTree(tree)));
    rmSync(join(root, 'content/entries/federal-conflict'), { recursive: true });
    expect(existsSync(join(root, 'content/entries/federal-conflict'))).toBe(false);
    const reloaded = reloadFile(root, tree, 'content/entries');
    expect(said(checkTree(reloaded))).toEqual(said(checkContent(root)));
  });
});
