/**
 * A translation behind its English: changing one sentence of a translated
 * entry makes `check` warn, naming the Spanish file and the words that
 * changed, without failing even under CI; `npm run translations` counts it
 * stale; confirming it records the new text and the warning goes. A key
 * term's translation likewise, when the term's words change and not when
 * its bookkeeping does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { editionCounts } from '../../src/lib/check/translation-counts.ts';
import { ENGLISH_CATALOGUE } from '../../src/lib/content-files/interface-catalogue.ts';
import { originalFile } from '../../src/lib/content-files/originals.ts';
import { readSiteSettings } from '../../src/lib/content-files/site-settings.ts';
import { interfaceText, textDigest } from '../../src/lib/content-files/translatable-text.ts';
import { placeTranslation } from '../../src/lib/content-files/translation-files.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { runCommand } from '../helpers/commands.ts';
import { treeWithFixture } from '../helpers/fixture-tree.ts';

const ENTRY = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
const SPANISH = 'content/translations/es/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
const SENTENCE = 'The Trump administration has promised aggressive deportation operations and expanded enforcement efforts.';

const realTree = () => treeWithFixture(join(import.meta.dirname, '../fixtures/no-such-fixture'));
const run = (command: 'check' | 'translations', root: string, args: string[] = [], env: Record<string, string> = {}) =>
  runCommand(command, args, { cwd: root, env });

function withChangedSentence(): string {
  const root = realTree();
  const file = join(root, ENTRY);
  // A changed sentence is no longer the source's words: the editor makes the entry their own reporting.
  const edited = readFileSync(file, 'utf8')
    .replace(SENTENCE, 'The Trump administration has promised wider deportation operations.')
    .replace('kind: quote', 'kind: reporting');
  writeFileSync(file, edited);
  return root;
}

describe('a stale translation', () => {
  it('is a warning naming the Spanish file and the first changed words, and never stops check, even under CI', async () => {
    const root = withChangedSentence();
    const runs: Record<string, string>[] = [{}, { CI: 'true' }, { CI: 'true', EXPLAINER_PREVIEW: 'true' }];
    for (const env of runs) {
      const result = await run('check', root, [], env);
      expect(result.status, JSON.stringify(env)).toBe(0);
      expect(result.stderr.trim().split('\n')).toEqual([
        `warning: ${SPANISH}:2: translates: stale: ${ENTRY} changed since this translation was made (was "… administration has promised aggressive deportation operations and expanded enforcement efforts. A sanctuary city …", now "… administration has promised wider deportation operations. A sanctuary city …"); update the translation, then run "npm run translations -- --confirm ${SPANISH}"`,
      ]);
    }
  });

  it('is counted stale by npm run translations, and confirming it records the new text and clears the warning', async () => {
    const root = withChangedSentence();
    const before = await run('translations', root);
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('es (Español)\n  entries            7 translated, 0 reviewed, 1 stale, 0 missing (of 7)\n');
    const old = /translates: '?([0-9a-f]{16})/.exec(readFileSync(join(root, SPANISH), 'utf8'))![1]!;
    expect(existsSync(join(root, originalFile(old)))).toBe(true);

    const confirmed = await run('translations', root, ['--confirm', SPANISH]);
    expect(confirmed.status).toBe(0);
    expect(confirmed.stdout).toContain(`confirmed ${SPANISH}: translates ${ENTRY} as it reads now`);
    expect(confirmed.stdout).toContain(`removed   ${originalFile(old)} (no translation was made from it any more)`);
    const text = readFileSync(join(root, SPANISH), 'utf8');
    expect(text).not.toContain(old);
    expect(text.replace(/translates: '?[0-9a-f]{16}'?/, '')).toBe(
      readFileSync(join(projectRoot, SPANISH), 'utf8').replace(/translates: '?[0-9a-f]{16}'?/, ''),
    );
    expect((await run('check', root)).stderr).toBe('');
    expect((await run('translations', root)).stdout).toContain('entries            7 translated, 0 reviewed, 0 stale, 0 missing (of 7)');
  });

  it('counts the interface strings whose English changed, not the whole catalogue, and names the first', () => {
    const root = realTree();
    const earlier = interfaceText({ ...ENGLISH_CATALOGUE, 'page.search': 'Find' });
    writeFileSync(join(root, originalFile(textDigest(earlier))), earlier);
    const catalogue = join(root, 'content/translations/es/interface.yaml');
    writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replace(/translates: .*/, `translates: '${textDigest(earlier)}'`));
    const result = checkContent(root);
    expect(result.staleTranslations.map(formatProblem)).toEqual([
      `content/translations/es/interface.yaml:4: translates: stale: the interface catalogue changed since this translation was made: 1 string(s), first page.search (was "Find", now "Search"); update the translation, then run "npm run translations -- --confirm content/translations/es/interface.yaml"`,
    ]);
    const [spanish] = editionCounts(readSiteSettings(root).editions, result.tree, result.translations);
    expect(spanish!.interface).toMatchObject({ stale: 1, missing: 0, translated: Object.keys(ENGLISH_CATALOGUE).length });
  });

  it('is not what the real content has: every translation is up to date', () => {
    const result = checkContent(projectRoot);
    expect(result.staleTranslations).toEqual([]);
    expect(result.translations.length).toBe(20);
  });
});

describe('a key term’s translation', () => {
  const TERM = 'content/terms/ice.md';
  const SPANISH_TERM = 'content/translations/es/terms/ice.md';
  const edit = (root: string, file: string, find: string | RegExp, replace: string) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(find);
    writeFileSync(join(root, file), text.replace(find, replace));
  };
  const termCounts = (root: string) => {
    const result = checkContent(root);
    return { result, terms: editionCounts(readSiteSettings(root).editions, result.tree, result.translations)[0]!.terms };
  };

  it('lives at terms/<slug>.md beside what it translates; a folder below terms/ is refused', () => {
    expect(placeTranslation('es/terms/ice.md')).toEqual({ language: 'es', of: 'term', target: 'ice', source: TERM });
    expect(placeTranslation('es/terms/old/ice.md')).toHaveProperty('detail');
  });

  it('is counted with the key terms: the real site has every term translated; a rejected term is not counted', () => {
    expect(termCounts(projectRoot).terms).toEqual({ total: 6, translated: 6, reviewed: 0, stale: 0, missing: 0 });
    const root = realTree();
    edit(root, 'content/terms/aclu.md', 'kind: context\n', 'kind: context\nstatus: rejected\n');
    expect(termCounts(root).terms).toEqual({ total: 5, translated: 5, reviewed: 0, stale: 0, missing: 0 });
  });

  it('goes stale when the term’s words change (its expansion here), not when its bookkeeping does', () => {
    const root = realTree();
    edit(root, TERM, /derived:\n(?: {2}.*\n)+/, '');
    expect(termCounts(root).result.staleTranslations).toEqual([]);
    edit(root, TERM, 'expansion: Immigration and Customs Enforcement', 'expansion: U.S. Immigration and Customs Enforcement');
    const { result, terms } = termCounts(root);
    expect(terms).toMatchObject({ translated: 6, stale: 1 });
    expect(result.staleTranslations.map(formatProblem)).toEqual([
      `${SPANISH_TERM}:2: translates: stale: ${TERM} changed since this translation was made (was "term: ICE expansion: Immigration and Customs …", now "term: ICE expansion: U.S. Immigration and Customs …"); update the translation, then run "npm run translations -- --confirm ${SPANISH_TERM}"`,
    ]);
    expect(result.translations.find((s) => s.translation.file === SPANISH_TERM)).toMatchObject({ stale: true });
  });

  it('is counted stale by npm run translations when its definition changes, and confirming it clears that', async () => {
    const root = realTree();
    edit(root, TERM, 'it arrests, holds and deports people', 'it arrests, detains and deports people');
    expect((await run('translations', root)).stdout).toContain(
      '  key terms          6 translated, 0 reviewed, 1 stale, 0 missing (of 6)\n',
    );
    const confirmed = await run('translations', root, ['--confirm', SPANISH_TERM]);
    expect(confirmed.status).toBe(0);
    expect(confirmed.stdout).toContain(`confirmed ${SPANISH_TERM}: translates ${TERM} as it reads now`);
    expect((await run('check', root)).stderr).toBe('');
    expect((await run('translations', root)).stdout).toContain(
      '  key terms          6 translated, 0 reviewed, 0 stale, 0 missing (of 6)\n',
    );
  });
});
