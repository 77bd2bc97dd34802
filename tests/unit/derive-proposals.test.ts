/**
 * Derive and themes it proposes: a new explainer gets proposed themes for
 * all its sections; a later article gets them for its unplaced sections only
 * with --propose; an existing theme file is never overwritten; --explain
 * writes nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { explainPlacements } from '../../src/lib/derive/themes/explain.ts';
import { explainDrafts } from '../../src/lib/derive/terms-timeline/explain-drafts.ts';
import { readSeeds } from '../../src/lib/article/seeds.ts';
import { InputError } from '../../src/lib/model/errors.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { assignmentFixtures } from '../../src/lib/tooling/eval/labelled-sets.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const LATER = 'Weather\nOpening\nIntro text.\nTomorrow Forecast\nSunny and warm all day, with a light breeze from the sea.\n';

function newExplainer(...articles: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-new-'));
  mkdirSync(join(root, 'seeds'));
  for (const name of articles) cpSync(join(assignmentFixtures('development'), name, 'seed.txt'), join(root, 'seeds', `${name}.txt`));
  return root;
}

function files(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((p) => statSync(join(root, p)).isFile())
      .sort()
      .map((p) => [relative(root, join(root, p)), readFileSync(join(root, p), 'utf8')]),
  );
}

describe('derive on a new explainer (a seed, no theme)', () => {
  it('proposes 3–5 themes, files every section under them, and passes check with one draft per theme', async () => {
    const root = newExplainer('cfpb-loan-options');
    const report = await derive({ root, today: '2026-01-02' });
    expect(report.proposed.length).toBeGreaterThanOrEqual(3);
    expect(report.proposed.length).toBeLessThanOrEqual(5);
    expect(report.created.filter((f) => f.startsWith('content/entries/'))).toHaveLength(9);
    const theme = readFileSync(join(root, report.proposed[0]!), 'utf8');
    expect(theme).toMatch(/^---\ntitle: .+\n# Proposed by "npm run derive"/);
    expect(theme).toContain('\nstatus: proposed\nquestion: ');
    expect(theme).toMatch(
      /\nquestion: .+\?\nsummary: “.+”\ncites:\n {2}- source: cfpb-loan-options\n {4}paragraphs:\n {6}- p\d+\norder: 1\nkeywords:\n {2}- /,
    );
    const { errors, drafts } = checkContent(root);
    expect(errors.map(formatProblem)).toEqual([]);
    // The other drafts are the story and the key terms and timeline items derive proposed from the article.
    const [stories, themes, others] = [
      drafts.map((d) => d.file).filter((f) => f.startsWith('content/stories/')),
      drafts.map((d) => d.file).filter((f) => f.startsWith('content/themes/')),
      drafts.map((d) => d.file).filter((f) => !/^content\/(?:stories|themes)\//.test(f)),
    ];
    expect(stories).toEqual(['content/stories/cfpb-loan-options.md']);
    expect(report.proposedStories).toEqual(stories);
    expect(themes).toEqual(report.proposed.slice().sort());
    expect(others).toEqual(report.created.filter((f) => /^content\/(?:terms|timelines)\//.test(f)).sort());
    rmSync(root, { recursive: true, force: true });
  });

  it('changes nothing on a second run: the written themes place every section where the proposal put it', async () => {
    const root = newExplainer('va-post-911-gi-bill', 'digitalgov-spring-summit');
    await derive({ root, today: '2026-01-02' });
    const before = files(root);
    const again = await derive({ root, today: '2026-01-03' });
    expect(again.proposed).toEqual([]);
    expect([...again.created, ...again.updated, ...again.removed]).toEqual([]);
    expect(files(root)).toEqual(before);
    rmSync(root, { recursive: true, force: true });
  });

  it('writes nothing in a dry run but lists the themes it would propose', async () => {
    const root = newExplainer('va-camp-lejeune');
    const report = await derive({ root, dryRun: true });
    expect(report.proposed.length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(root)).toEqual(['seeds']);
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses to run with neither a theme nor a seed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-empty-'));
    await expect(derive({ root })).rejects.toThrow(InputError);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('derive on a site that has themes, with a later article', () => {
  it('never proposes without --propose: an unplaced section stays an error', async () => {
    const root = tempRoot({ 'seeds/weather.txt': LATER, 'seeds/weather.yaml': 'story: mayor-ice-pledge\n' });
    await expect(derive({ root })).rejects.toThrow(/section "Tomorrow Forecast" fits no theme; .*--propose/);
    expect(readdirSync(join(root, 'content/themes')).sort()).toEqual([
      'coalition-cities.md',
      'federal-conflict.md',
      'implementation-limits.md',
      'sanctuary-policy.md',
    ]);
  });

  it('with --propose gives the unplaced sections a proposed theme of their own and leaves the placed ones alone', async () => {
    const root = tempRoot({ 'seeds/weather.txt': LATER, 'seeds/weather.yaml': 'story: mayor-ice-pledge\n' });
    const themesBefore = files(join(root, 'content/themes'));
    const report = await derive({ root, propose: true, today: '2026-01-02' });
    expect(report.proposed).toHaveLength(1);
    const slug = report.proposed[0]!.replace(/^content\/themes\/(.+)\.md$/, '$1');
    expect(report.created).toContain(`content/entries/${slug}/tomorrow-forecast.md`);
    expect(readFileSync(join(root, report.proposed[0]!), 'utf8')).toMatch(
      /\nstatus: proposed\nquestion: .+\?\n(?:summary: .+\ncites:\n(?: .+\n)+)?order: 5\n/,
    );
    expect(report.created.filter((f) => f.includes('/sanctuary-policy/'))).toHaveLength(2);
    // The site's own theme files are untouched.
    for (const [name, text] of Object.entries(themesBefore)) expect(readFileSync(join(root, 'content/themes', name), 'utf8')).toBe(text);
    // And the next plain derive places everything the same way.
    const again = await derive({ root, today: '2026-01-03' });
    expect([...again.created, ...again.updated, ...again.removed, ...again.proposed]).toEqual([]);
  });

  it('never overwrites an existing theme file: a proposal takes another slug', async () => {
    const root = tempRoot({ 'seeds/weather.txt': LATER, 'seeds/weather.yaml': 'story: mayor-ice-pledge\n' });
    const [wanted] = (await derive({ root, propose: true, dryRun: true })).proposed;
    const mine = '---\ntitle: Placeholder\nquestion: Mine?\nsummary: Mine.\norder: 9\nkeywords:\n  - zzz\n---\nMine.\n';
    writeFileSync(join(root, wanted!), mine);
    const report = await derive({ root, propose: true });
    expect(report.proposed).toEqual([wanted!.replace(/\.md$/, '-2.md')]);
    expect(readFileSync(join(root, wanted!), 'utf8')).toBe(mine);
  });
});

describe('derive’s report', () => {
  it('marks a section placed by a narrow margin and names the runner-up', async () => {
    const root = newExplainer('piv-enablement-guides');
    cpSync(join(assignmentFixtures('development'), 'piv-enablement-guides/themes'), join(root, 'content/themes'), { recursive: true });
    const report = await derive({ root, dryRun: true });
    expect(report.narrow).toEqual([
      {
        seedFile: 'seeds/piv-enablement-guides.txt',
        heading: 'Why is PIV enablement important?',
        theme: 'what-piv-is',
        runnerUp: 'enabling-piv',
        share: expect.closeTo(0.98, 2),
      },
    ]);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('derive --explain', () => {
  it('prints every theme’s score and the deciding terms per section, and writes nothing', () => {
    const root = tempRoot();
    const before = files(root);
    const lines = explainPlacements(root, { propose: false });
    expect(before).toEqual(files(root));
    const at = lines.indexOf('  "Detention and Release Policies Under Mamdani" → sanctuary-policy (best score)');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {6}sanctuary-policy +\d+\.\d\d {2}detention \(heading\) \d+\.\d\d, /);
    expect(lines.slice(at + 1, at + 5).map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'sanctuary-policy',
      'implementation-limits',
      'coalition-cities',
      'federal-conflict',
    ]);
    expect(lines).toContain(
      '  "Municipal Government Takes Stance on Federal Immigration Enforcement" → the lead, shown on the story\'s home page; not placed in a theme',
    );
  });

  it('explains against the themes it would propose when there are none', () => {
    const root = newExplainer('piv-enablement-guides');
    const lines = explainPlacements(root, { propose: false });
    expect(lines[0]).toBe('No theme files yet; derive would propose these themes:');
    // Each proposal with the sections and phrases behind it, and its drafts.
    expect(lines[1]).toMatch(/^ {2}[a-z0-9-]+: ".+"$/);
    expect(lines[2]).toMatch(/^ {6}sections: ".+"/);
    expect(lines[3]).toMatch(/^ {6}phrases that set them apart, best first: \S.+/);
    expect(lines[4]).toMatch(/^ {6}keywords: \S/);
    expect(lines[5]).toMatch(/^ {6}draft question: .+\?$/);
    expect(lines[6]).toMatch(/^ {6}draft answer: (?:“.+” \(piv-enablement-guides p\d+\)|\(none: .+\))$/);
    expect(readdirSync(root)).toEqual(['seeds']);
    rmSync(root, { recursive: true, force: true });
  });

  it("says where a report's structural sections went and why", () => {
    const root = newExplainer('gao-student-loan-servicers');
    const sections = explainPlacements(root, { propose: false }).filter((l) => l.startsWith('      sections: '));
    expect(sections).toContain(
      `      sections: "Why GAO Did This Study" (front matter: with the background, or the section after it), "Background" (a report's background: a theme of its own)`,
    );
    expect(sections.some((l) => l.includes('"Conclusions" (a conclusion: with the findings it is most like)'))).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });

  it('lists every key-term and timeline candidate, proposed within the room and held back beyond it, with why', () => {
    const root = newExplainer('gao-usps-finances');
    const lines = explainDrafts(readSeeds(root));
    expect(lines[0]).toMatch(
      /^seeds\/gao-usps-finances\.txt: \d+ words, room for (\d+) key-term and timeline drafts \(8 per 1,000 words; --all-drafts proposes every one\)$/,
    );
    const room = Number(/room for (\d+)/.exec(lines[0]!)![1]);
    const proposed = lines.filter((l) => l.startsWith('  proposed  '));
    const held = lines.filter((l) => l.startsWith('  held back '));
    expect(proposed).toHaveLength(room);
    expect(held.length).toBeGreaterThan(0);
    expect(lines.find((l) => l.includes('key term'))).toMatch(
      /key term [A-Z]+: defined in p\d+, .+; draft 1 of \d+ in seeds\/gao-usps-finances\.txt$/,
    );
    expect(held.every((l) => /\(a date to the (?:day|month|year) in p\d+; draft \d+ of \d+ in /.test(l) || / key term /.test(l))).toBe(
      true,
    );
    expect(readdirSync(root)).toEqual(['seeds']);
    rmSync(root, { recursive: true, force: true });
  });
});
