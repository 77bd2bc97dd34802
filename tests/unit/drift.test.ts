import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { confirmEntry } from '../../src/lib/check/confirm.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { describeChange } from '../../src/lib/text/word-change.ts';
import { InputError, formatProblem } from '../../src/lib/model/errors.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const SEED = 'seeds/mayor-ends-immigration-enforcement-cooperation.txt';
const ENTRY = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
const LAST = 'content/entries/implementation-limits/implementation-challenges-and-municipal-authority-limits.md';

function editEntry(root: string, file: string) {
  writeFileSync(
    join(root, file),
    readFileSync(join(root, file), 'utf8').replace(/^summary: .*$/m, 'summary: An editor wrote this summary.'),
  );
}

function editSeed(root: string, change: (text: string) => string) {
  writeFileSync(join(root, SEED), change(readFileSync(join(root, SEED), 'utf8')));
}

describe('drift between entries and their sources', () => {
  it('refreshes an unedited entry when its paragraph changes, so nothing is stale', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    editSeed(root, (t) => t.replace('promised aggressive deportation', 'promised deportation'));
    await derive({ root, today: '2026-01-03' });
    expect(checkContent(root).warnings).toEqual([]);
  });

  it('reports an edited entry as stale with the old and new words, until it is confirmed', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    editEntry(root, ENTRY);
    editSeed(root, (t) => t.replace('promised aggressive deportation', 'promised deportation'));
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.kept).toEqual([ENTRY]);

    const { warnings, errors } = checkContent(root);
    expect(errors).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      `${ENTRY}:14: cited.p4: stale: mayor-ends-immigration-enforcement-cooperation p4 changed since this entry was written (was "… administration has promised aggressive deportation operations and …", now "… administration has promised deportation operations and …"); check the entry, then run "npm run confirm -- ${ENTRY}"`,
    ]);

    // The body is a quotation of the paragraph's earlier words: confirming it as it is would publish words the source no longer has.
    const stale = readFileSync(join(root, ENTRY), 'utf8');
    expect(() => confirmEntry(root, ENTRY)).toThrow(
      new InputError({
        file: ENTRY,
        line: 22,
        detail: `not confirmed: a quote must be the source's words as written, and mayor-ends-immigration-enforcement-cooperation p4 now reads "… administration has promised deportation operations and …" where the body has "… administration has promised aggressive deportation operations and …"; run "npm run confirm -- --recopy ${ENTRY}" to copy its new words into the body, or rewrite the body in the editors' words and set kind to reporting, analysis or context`,
      }),
    );
    expect(readFileSync(join(root, ENTRY), 'utf8')).toBe(stale);
    expect(confirmEntry(root, ENTRY, { recopy: true, today: '2026-01-04' })).toEqual({
      changed: ['p4'],
      source: 'content/sources/mayor-ends-immigration-enforcement-cooperation.yaml',
      recopied: '2026-01-04',
    });
    expect(checkContent(root).warnings).toEqual([]);
    expect(checkContent(root).errors).toEqual([]);
    const recopied = readFileSync(join(root, ENTRY), 'utf8');
    expect(recopied).toContain('summary: An editor wrote this summary.');
    expect(recopied).toContain('\nupdated: 2026-01-04\n');
    expect(recopied).toContain('The Trump administration has promised deportation operations and expanded enforcement efforts.');
    expect(recopied).not.toContain('aggressive');
    // The source no longer keeps the old text, exactly as derive would write it: nothing is out of date.
    const source = 'content/sources/mayor-ends-immigration-enforcement-cooperation.yaml';
    expect(readFileSync(join(root, source), 'utf8')).not.toContain('superseded');
    const after = await derive({ root, dryRun: true, today: '2026-01-04' });
    expect([...after.created, ...after.updated, ...after.removed, ...after.renamed, ...after.repointed, ...after.moved]).toEqual([]);
    expect(after.unchanged).toContain(source);
  });

  it('refuses to confirm an entry whose quotation the changed paragraph no longer has, naming it, and changes nothing', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    const entry = join(root, ENTRY);
    writeFileSync(
      entry,
      `${readFileSync(entry, 'utf8')}\nThe source says the administration “promised aggressive deportation operations”.\n`,
    );
    editSeed(root, (t) => t.replace('promised aggressive deportation', 'promised deportation'));
    await derive({ root, today: '2026-01-03' });
    const before = readFileSync(entry, 'utf8');
    expect(() => confirmEntry(root, ENTRY)).toThrow(
      new InputError({
        file: ENTRY,
        line: 24,
        detail:
          'not confirmed: quote not found in mayor-ends-immigration-enforcement-cooperation p4: "promised aggressive deportation operations"; closest passage: "The Trump administration has promised deportation operations and expanded enforcement efforts."',
      }),
    );
    expect(readFileSync(entry, 'utf8')).toBe(before);
  });

  it('refuses to re-copy a quote that is not its paragraphs whole, and to confirm one the editors changed, naming their words', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    const entry = join(root, ENTRY);
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8').replace('expanded enforcement efforts.', 'expanded enforcement efforts, which the editors doubt.'),
    );
    const before = readFileSync(entry, 'utf8');
    expect(() => confirmEntry(root, ENTRY)).toThrow(
      new InputError({
        file: ENTRY,
        line: 22,
        detail:
          "not confirmed: a quote must be the source's words as written, and \"… which the editors doubt. …\" is not in mayor-ends-immigration-enforcement-cooperation p4; restore the source's words, or rewrite the body in the editors' words and set kind to reporting, analysis or context",
      }),
    );
    editSeed(root, (t) => t.replace('promised aggressive deportation', 'promised deportation'));
    await derive({ root, today: '2026-01-03' });
    expect(() => confirmEntry(root, ENTRY, { recopy: true })).toThrow(
      /^content\/entries\/federal-conflict\/national-immigration-enforcement-conflicts\.md:22: not re-copied: /,
    );
    expect(readFileSync(entry, 'utf8')).toBe(before);
  });

  it('says what a removed paragraph used to say', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    editEntry(root, LAST);
    editSeed(root, (t) => t.split('\n').slice(0, -2).join('\n'));
    await derive({ root, today: '2026-01-03' });
    const { errors } = checkContent(root);
    expect(errors.map(formatProblem)).toEqual([
      `${LAST}:6: paragraphs[0]: expected a paragraph of content/sources/mayor-ends-immigration-enforcement-cooperation.yaml (p1–p7), found "p8" (it was removed from the seed; it read: "While cities can refuse cooperation with federal immigration enforcement, they cannot unilaterally abolish federal immi…")`,
      // The theme that cites it for its answer is told too.
      `content/themes/implementation-limits.md:8: cites[0].paragraphs[0]: expected a paragraph of content/sources/mayor-ends-immigration-enforcement-cooperation.yaml (p1–p7), found "p8"`,
    ]);
  });
});

describe('describeChange', () => {
  it('shows the changed words with three words of context, marking what it leaves out', () => {
    expect(describeChange('a b c d e f g h', 'a b c d X f g h')).toEqual({ was: '… b c d e f g h', now: '… b c d X f g h' });
    expect(describeChange('one two', 'zero one two')).toEqual({ was: 'one two', now: 'zero one two' });
    const long = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(describeChange(long, `${long} more`).now).toBe('… w17 w18 w19 more');
    expect(describeChange('x', Array.from({ length: 20 }, (_, i) => `n${i}`).join(' ')).now).toBe(
      'n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 …',
    );
  });
});
