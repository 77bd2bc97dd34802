/**
 * Entry titles: derive writes a section heading in sentence case for the
 * editors' entry, retitles an entry it wrote in the source's Title Case
 * without calling that an update, and never touches a title an editor wrote.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedFileText } from '../../src/lib/content-files/derived-file.ts';
import { parseMarkdownFile } from '../../src/lib/content-files/frontmatter.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { withDates } from '../../src/lib/derive/plan/substance.ts';
import type { Existing } from '../../src/lib/derive/existing/existing-files.ts';
import { contentDigest } from '../../src/lib/model/derived-record.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const SEED = 'seeds/mayor-ends-immigration-enforcement-cooperation.txt';
const ENTRY = 'content/entries/sanctuary-policy/detention-and-release-policies-under-mamdani.md';
const OTHER = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const field = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1];

/** An entry as derive wrote it before it wrote sentence case: the heading as the source writes it, unedited, from `date`. */
function asWrittenBefore(root: string, path: string, title: string, date: string): void {
  const { data, body } = parseMarkdownFile(path, read(root, path));
  const { derived: record, ...rest } = data as Record<string, unknown>;
  const older = { ...rest, title, added: date, updated: date };
  const digest = contentDigest(older, body);
  writeFileSync(join(root, path), derivedFileText(path, older, body, { ...(record as { from: string; seed: string }), digest }));
}

describe('derive titles entries in sentence case', () => {
  it("writes the editors' form of each section heading, names kept", async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    expect(field(read(root, ENTRY), 'title')).toBe('Detention and release policies under Mamdani');
    expect(field(read(root, OTHER), 'title')).toBe('National immigration enforcement conflicts');
    // The source record keeps the heading as the source writes it, for the attribution.
    expect(read(root, 'content/sources/mayor-ends-immigration-enforcement-cooperation.yaml')).toContain(
      '  - heading: Detention and Release Policies Under Mamdani\n',
    );
  });

  it('retitles an unedited entry written in Title Case without moving its dates, once', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    asWrittenBefore(root, ENTRY, 'Detention and Release Policies Under Mamdani', '2025-12-01');
    const first = await derive({ root, today: '2026-02-03' });
    expect(first.updated).toEqual([ENTRY]);
    const entry = read(root, ENTRY);
    expect(field(entry, 'title')).toBe('Detention and release policies under Mamdani');
    expect([field(entry, 'added'), field(entry, 'updated')]).toEqual(['2025-12-01', '2025-12-01']);
    expect((await derive({ root, today: '2026-02-04' })).updated).toEqual([]);
  });

  it('moves `updated` when the heading changes in words, not only in capitals', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    asWrittenBefore(root, ENTRY, 'Detention and Release Policies Under Mamdani', '2025-12-01');
    writeFileSync(
      join(root, SEED),
      read(root, SEED).replace('Detention and Release Policies Under Mamdani', 'Detention Policies Under Mamdani'),
    );
    const report = await derive({ root, today: '2026-02-03' });
    expect(report.updated).toContain(ENTRY);
    expect(field(read(root, ENTRY), 'title')).toBe('Detention policies under Mamdani');
    expect(field(read(root, ENTRY), 'updated')).toBe('2026-02-03');
  });

  it('never touches a title an editor wrote, whatever its capitals', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    for (const [path, title] of [
      [ENTRY, 'Detention and Release Policies Under Mamdani'],
      [OTHER, 'A city against the federal government'],
    ] as const) {
      const edited = read(root, path).replace(/^title: .*$/m, `title: ${title}`);
      writeFileSync(join(root, path), edited);
    }
    const report = await derive({ root, today: '2026-02-03' });
    expect(report.kept).toEqual([ENTRY, OTHER]);
    expect(field(read(root, ENTRY), 'title')).toBe('Detention and Release Policies Under Mamdani');
    expect(field(read(root, OTHER), 'title')).toBe('A city against the federal government');
  });
});

describe('withDates', () => {
  const existing = (title: string): Existing => ({
    data: { title, summary: 'S.', kind: 'quote', paragraphs: ['p1'], reading: [], added: '2025-01-01', updated: '2025-02-01' },
    body: 'Body.',
    unedited: true,
    record: undefined,
    text: '',
    signature: { hash: '' },
  });
  const planned = (title: string) => ({
    title,
    summary: 'S.',
    kind: 'quote',
    paragraphs: ['p1'],
    reading: [],
    added: '2026-01-01',
    updated: '2026-01-01',
  });

  it('keeps `updated` for a title that differs only in capitals', () => {
    expect(withDates(planned('Detention and release'), 'Body.', existing('Detention and Release')).updated).toBe('2025-02-01');
  });

  it('moves it for a title in other words', () => {
    expect(withDates(planned('Detention and release'), 'Body.', existing('Detention and Return')).updated).toBe('2026-01-01');
  });
});
