/**
 * Which key-term and timeline drafts derive writes for a dense article (the
 * key terms and dates evaluation article: 35 candidates in about 1,300
 * words, room for 11): the acronyms it defines first, then its dated
 * statements, then the acronyms it never defines; --all-drafts writes every
 * one, and the next derive without it removes those nobody touched.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/lib/article/seeds.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { termPath } from '../../src/lib/derive/terms-timeline/plan-terms.ts';
import { seedDrafts } from '../../src/lib/derive/terms-timeline/rank-drafts.ts';

const root = mkdtempSync(join(tmpdir(), 'explainer-drafts-'));
mkdirSync(join(root, 'seeds'));
cpSync(join(import.meta.dirname, '../fixtures/terms-dates/gao-disaster-recovery/seed.txt'), join(root, 'seeds/recovery.txt'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each candidate's kind and whether it fits in the room, in the order of their ranks. */
function ranked(all: boolean) {
  const { terms, dates, room } = seedDrafts(readSeed(root, 'recovery.txt'), { all });
  const rank = (why: string) => Number(/; draft (\d+) of /.exec(why)![1]);
  const candidates = [
    ...terms.map((t) => ({ kind: 'defined' in t ? 'defined' : 'undefined', kept: t.kept, rank: rank(t.why) })),
    ...dates.map((d) => ({ kind: 'date', kept: d.kept, rank: rank(d.why) })),
  ].sort((a, b) => a.rank - b.rank);
  return { candidates, room };
}

describe('the drafts of a dense article', () => {
  it('ranks the defined acronyms first, then the dated statements, then the undefined acronyms, and keeps the room’s worth', () => {
    const { candidates, room } = ranked(false);
    expect(candidates.map((c) => c.rank)).toEqual(candidates.map((_, i) => i + 1));
    const kinds = candidates.map((c) => c.kind);
    expect(kinds).toEqual([
      ...kinds.filter((k) => k === 'defined'),
      ...kinds.filter((k) => k === 'date'),
      ...kinds.filter((k) => k === 'undefined'),
    ]);
    expect(kinds.filter((k) => k === 'defined').length).toBeLessThan(room);
    expect(candidates.filter((c) => c.kept)).toEqual(candidates.slice(0, room));
    expect(room).toBeLessThan(candidates.length);
  });

  it('keeps every candidate when asked for all', () => {
    expect(ranked(true).candidates.every((c) => c.kept)).toBe(true);
  });

  it('writes every candidate with --all-drafts, and the next derive removes the untouched ones beyond the room and keeps a confirmed one', async () => {
    const drafts = () =>
      ['terms', 'timelines']
        .flatMap((dir) =>
          existsSync(join(root, 'content', dir)) ? readdirSync(join(root, 'content', dir), { recursive: true, encoding: 'utf8' }) : [],
        )
        .filter((p) => p.endsWith('.md'));
    await derive({ root, today: '2026-01-02', allDrafts: true });
    const { candidates, room } = ranked(false);
    expect(drafts()).toHaveLength(candidates.length);
    expect(existsSync(join(root, 'content/.derive-manifest.json'))).toBe(false);
    // An acronym the article never defines ranks last, beyond the room: an editor confirms one.
    const unexplained = seedDrafts(readSeed(root, 'recovery.txt')).terms.find((t) => 'used' in t)!;
    const file = join(root, 'content', termPath(unexplained.acronym));
    const confirmed = readFileSync(file, 'utf8').replace('status: proposed\n', '');
    writeFileSync(file, confirmed);
    const report = await derive({ root, today: '2026-01-02' });
    expect(report.removed).toHaveLength(candidates.length - room - 1);
    expect(readFileSync(file, 'utf8')).toBe(confirmed);
    expect(drafts()).toHaveLength(room + 1);
  });
});
