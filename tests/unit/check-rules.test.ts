/**
 * The checks are pure functions of the loaded tree: the tree carries what
 * they read besides the collections (the site's settings, the seeds, the
 * texts translations were made from), so a check of a loaded tree says the
 * same once the files are gone, and a rule sees exactly what the tree holds.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/lib/check/check.ts';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { reloadFile } from '../../src/lib/content-files/reload-file.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const ENTRY = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
const SENTENCE = 'The Trump administration has promised aggressive deportation operations and expanded enforcement efforts.';
const SOURCE = 'content/sources/mayor-ends-immigration-enforcement-cooperation.yaml';

const said = ({ errors, warnings, drafts, staleTranslations, translations }: ReturnType<typeof checkTree>) => ({
  errors: errors.map(formatProblem),
  warnings: warnings.map(formatProblem),
  drafts: drafts.map(formatProblem),
  stale: staleTranslations.map(formatProblem),
  originals: translations.map((t) => t.original),
});

/** The real site and its seeds, with one translated entry's English changed so its translation is stale. */
function staleSite(): string {
  const root = tempRoot();
  for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  const file = join(root, ENTRY);
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(SENTENCE, 'The administration has promised wider deportation operations.')
      .replace('kind: quote', 'kind: reporting'),
  );
  return root;
}

describe('the checks of a loaded tree', () => {
  it('read no file: with the data root gone, a check of the tree loaded before says the same', () => {
    const root = staleSite();
    const tree = loadContent(root);
    const before = said(checkTree(tree));
    expect(before.stale).toHaveLength(1);
    expect(before.originals.filter((o) => o !== undefined)).toHaveLength(1);
    rmSync(root, { recursive: true });
    expect(said(checkTree(tree))).toEqual(before);
  });

  it("take the seeds, the site's settings and the originals from the tree, not the disk", () => {
    const root = staleSite();
    const tree = loadContent(root);
    const fresh = checkTree(tree);
    expect(fresh.errors).toEqual([]);
    expect(fresh.translations.find((t) => t.stale)!.original).toBeDefined();
    const site = { ...tree.site, settings: { ...tree.site.settings!, lead: 'no-such-source' } };
    const gone = checkTree({ ...tree, seeds: new Set(), originals: new Map(), site });
    expect(gone.errors.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/site\.yaml:\d+: lead: expected the slug of a source \(.*\), found "no-such-source"$/),
      expect.stringMatching(
        new RegExp(
          `^${SOURCE}:\\d+: derived\\.from: expected the seed seeds/mayor-ends-immigration-enforcement-cooperation\\.txt, found it gone`,
        ),
      ),
    ]);
    expect(gone.translations.find((t) => t.stale)!.original).toBeUndefined();
  });

  it('sees an original kept or removed once its file is reloaded', () => {
    const root = staleSite();
    let tree = loadContent(root);
    const [digest] = [...tree.originals.keys()].filter((d) =>
      checkTree(tree).translations.some((t) => t.stale && t.translation.data.translates === d),
    );
    expect(digest).toBeDefined();
    const file = `content/translations/originals/${digest}.txt`;
    rmSync(join(root, file));
    tree = reloadFile(root, tree, file);
    expect(tree.originals.has(digest!)).toBe(false);
    expect(checkTree(tree).translations.find((t) => t.stale)!.original).toBeUndefined();
  });

  it("hold a paragraph's shown body to the beginning of its text, and to be there wherever further reading was split off", () => {
    const root = staleSite();
    const file = join(root, SOURCE);
    const text = readFileSync(file, 'utf8');
    const body = /\n {4}body: (.+)\n/.exec(text)![1]!;
    writeFileSync(file, text.replace(`body: ${body}`, `body: ${body.replace('cannot unilaterally', 'can')}`));
    expect(checkTree(loadContent(root)).errors.map(formatProblem)).toEqual([
      `${SOURCE}:65: paragraphs[7].body: expected the beginning of the paragraph's text, found other words; sources are derived: edit the seed and run "npm run derive"`,
    ]);
    writeFileSync(file, text.replace(`    body: ${body}\n`, ''));
    expect(checkTree(loadContent(root)).errors.map(formatProblem)).toEqual([
      `${SOURCE}:62: paragraphs[7].body: expected the paragraph without the further reading split off it, found none; sources are derived: edit the seed and run "npm run derive"`,
    ]);
  });
});
