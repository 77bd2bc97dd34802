import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { InputError } from '../../src/lib/model/errors.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const SEED = 'seeds/mayor-ends-immigration-enforcement-cooperation.txt';
const ENTRY = 'content/entries/coalition-cities/coalition-building-among-progressive-cities.md';

function snapshot(root: string): Record<string, string> {
  const dir = join(root, 'content');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((p) => statSync(join(dir, p)).isFile())
      .sort()
      .map((p) => [relative(root, join(dir, p)), readFileSync(join(dir, p), 'utf8')]),
  );
}

describe('derive', () => {
  it('creates one source file and one entry per non-lead section, in theme folders', async () => {
    const root = tempRoot();
    const report = await derive({ root, today: '2026-01-02' });
    expect(report.created).toEqual([
      'content/sources/mayor-ends-immigration-enforcement-cooperation.yaml',
      'content/entries/sanctuary-policy/sanctuary-city-policy-and-federal-cooperation-refusal.md',
      'content/entries/sanctuary-policy/detention-and-release-policies-under-mamdani.md',
      'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md',
      'content/entries/coalition-cities/coalition-building-among-progressive-cities.md',
      'content/entries/coalition-cities/immigrant-community-mobilization-and-support.md',
      'content/entries/coalition-cities/integration-with-broader-social-justice-agenda.md',
      'content/entries/implementation-limits/implementation-challenges-and-municipal-authority-limits.md',
      // The article uses ICE without defining it: a draft key term for an editor to define.
      'content/terms/ice.md',
    ]);
    const entry = readFileSync(join(root, ENTRY), 'utf8');
    expect(entry).toContain('theme: coalition-cities\n');
    expect(entry).toContain('paragraphs:\n  - p5\n');
    expect(entry).toContain('updated: 2026-01-02\n');
    expect(entry).toContain('from: seeds/mayor-ends-immigration-enforcement-cooperation.txt');
  });

  it('writes nothing on a second run with nothing changed', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    const before = snapshot(root);
    const report = await derive({ root, today: '2026-03-04' });
    expect(report.created.length + report.updated.length + report.removed.length + report.kept.length).toBe(0);
    expect(report.unchanged).toHaveLength(9);
    expect(snapshot(root)).toEqual(before);
  });

  it('keeps an edited entry, lists it, and replaces it only with force', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    const edited = readFileSync(join(root, ENTRY), 'utf8').replace('Los Angeles', 'Los Angeles (an editor’s note)');
    writeFileSync(join(root, ENTRY), edited);

    const report = await derive({ root, today: '2026-01-03' });
    expect(report.kept).toEqual([ENTRY]);
    expect(readFileSync(join(root, ENTRY), 'utf8')).toBe(edited);

    const forced = await derive({ root, force: true, today: '2026-01-03' });
    expect(forced.replaced).toEqual([ENTRY]);
    expect(readFileSync(join(root, ENTRY), 'utf8')).not.toContain('an editor’s note');
  });

  it('updates unedited entries when the seed changes, and stamps them with the day', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    const seed = readFileSync(join(root, SEED), 'utf8');
    writeFileSync(join(root, SEED), seed.replace('Los Angeles, San Francisco, and Chicago', 'Los Angeles and Chicago'));
    const report = await derive({ root, today: '2026-02-03' });
    expect(report.updated).toEqual(['content/sources/mayor-ends-immigration-enforcement-cooperation.yaml', ENTRY]);
    const entry = readFileSync(join(root, ENTRY), 'utf8');
    expect(entry).toContain('Los Angeles and Chicago');
    expect(entry).toContain('updated: 2026-02-03');
  });

  it('removes an unedited entry whose section is gone, but keeps an edited one', async () => {
    const root = tempRoot();
    await derive({ root, today: '2026-01-02' });
    const other = 'content/entries/coalition-cities/immigrant-community-mobilization-and-support.md';
    writeFileSync(join(root, other), `${readFileSync(join(root, other), 'utf8')}\nAn editor’s addition.\n`);
    const seed = readFileSync(join(root, SEED), 'utf8').split('\n');
    const cut = seed.filter(
      (line, i) =>
        !/^(Coalition Building|Immigrant Community Mobilization)/.test(line) &&
        !/^(Coalition Building|Immigrant Community Mobilization)/.test(seed[i - 1] ?? ''),
    );
    writeFileSync(join(root, SEED), cut.join('\n'));
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.removed).toEqual([ENTRY]);
    expect(report.orphans).toEqual([
      {
        file: other,
        detail: `edited by hand, and its section is no longer in ${SEED}: it stays, citing the paragraphs it names`,
      },
    ]);
    expect(existsSync(join(root, other))).toBe(true);
  });

  it('changes nothing in dry-run mode but reports what would change', async () => {
    const root = tempRoot();
    const report = await derive({ root, dryRun: true, today: '2026-01-02' });
    expect(report.created).toHaveLength(9);
    expect(existsSync(join(root, 'content/sources'))).toBe(false);
  });

  it('never writes outside content/ whatever the headings say, and keeps duplicate headings apart', async () => {
    const root = tempRoot(
      {
        'seeds/hostile.txt':
          'Title\n../../../escape\nRiver text.\n/etc/passwd\nRiver text two.\nCON\nRiver text three.\nΕλλάδα\nRiver text four.\n日本語\nRiver text five.\n🌊🌊\n?!?\nSame Heading\nRiver one.\nSame Heading\nRiver two.\n',
        'seeds/hostile.yaml': 'lead: Same Heading\n',
      },
      { withSeeds: false },
    );
    writeFileSync(
      join(root, 'content/themes/rivers.md'),
      '---\ntitle: Rivers\nquestion: What about rivers?\nsummary: Rivers.\norder: 9\nkeywords: [river]\n---\n',
    );
    const report = await derive({ root, today: '2026-01-02' });
    const written = [...report.created].sort();
    expect(written).toEqual([
      'content/entries/rivers/con-section.md',
      'content/entries/rivers/escape.md',
      'content/entries/rivers/etc-passwd.md',
      'content/entries/rivers/same-heading-2.md',
      'content/entries/rivers/section-77710a.md',
      'content/entries/rivers/section-e6f740.md',
      'content/sources/hostile.yaml',
    ]);
    expect(readdirSync(root).sort()).toEqual(['content', 'seeds']);
    const source = readFileSync(join(root, 'content/sources/hostile.yaml'), 'utf8');
    expect(source).toContain('heading: ../../../escape\n');
    expect(source).toContain('text: 🌊🌊\n');
  });

  it('rejects a seed with a NUL character, naming the line', async () => {
    const root = tempRoot({ 'seeds/with-nul.txt': 'Title\nHeading\nText with a \u0000 inside.\n' }, { withSeeds: false });
    await expect(derive({ root })).rejects.toThrow(
      new InputError({ file: 'seeds/with-nul.txt', line: 3, detail: 'contains a NUL character; a seed must be plain text' }),
    );
  });

  it('round-trips titles with colons, quotes and # through the frontmatter', async () => {
    const heading = 'Rivers: the “#1” question, \'quoted\' and "double" # not a comment?';
    const root = tempRoot(
      { 'seeds/tricky.txt': `Title: a "tricky" one\nOpening\nRiver intro.\n${heading}\nRiver text.\n` },
      { withSeeds: false },
    );
    writeFileSync(
      join(root, 'content/themes/rivers.md'),
      '---\ntitle: Rivers\nquestion: What about rivers?\nsummary: Rivers.\norder: 9\nkeywords: [river]\n---\n',
    );
    await derive({ root, today: '2026-01-02' });
    const tree = loadContent(root);
    expect(tree.problems).toEqual([]);
    expect(tree.entries.map((e) => e.data.title)).toEqual([heading]);
    expect(tree.sources.map((s) => s.data.title)).toEqual(['Title: a "tricky" one']);
    expect((await derive({ root, today: '2026-01-03' })).unchanged).toHaveLength(2);
  });

  it('reports a section that fits no theme by name and writes nothing', async () => {
    const root = tempRoot(
      { 'seeds/weather.txt': 'Weather\nOpening\nIntro text.\nTomorrow Forecast\nSunny and warm all day.\n' },
      { withSeeds: false },
    );
    await expect(derive({ root, today: '2026-01-02' })).rejects.toThrow(
      new InputError({
        file: 'seeds/weather.txt',
        detail:
          'section "Tomorrow Forecast" fits no theme; add keywords to a theme, map it under "themes:" in seeds/weather.yaml, or run "npm run derive -- --propose" to propose a new theme for it',
      }),
    );
    expect(existsSync(join(root, 'content/sources'))).toBe(false);
  });

  it('follows the metadata file: theme overrides, lead and further-reading links', async () => {
    const root = tempRoot({
      'seeds/mayor-ends-immigration-enforcement-cooperation.yaml': [
        'publisher: Example News',
        'themes:',
        '  Integration With Broader Social Justice Agenda: sanctuary-policy',
        'links:',
        '  National Lawyers Guild: https://example.org/nlg',
      ].join('\n'),
    });
    await derive({ root, today: '2026-01-02' });
    expect(existsSync(join(root, 'content/entries/sanctuary-policy/integration-with-broader-social-justice-agenda.md'))).toBe(true);
    const source = readFileSync(join(root, 'content/sources/mayor-ends-immigration-enforcement-cooperation.yaml'), 'utf8');
    expect(source).toContain('publisher: Example News');
    expect(source).toContain('  - label: National Lawyers Guild\n    paragraph: p8\n    url: https://example.org/nlg\n');
    expect(source).toContain('  - label: Immigration policy information\n    paragraph: p8\n  - label');
  });

  it('rejects a metadata file that names an unknown theme, with the file and field', async () => {
    const root = tempRoot({
      'seeds/mayor-ends-immigration-enforcement-cooperation.yaml': 'themes:\n  National Immigration Enforcement Conflicts: weather\n',
    });
    await expect(derive({ root })).rejects.toThrow(
      'seeds/mayor-ends-immigration-enforcement-cooperation.yaml:2: themes: unknown theme "weather" for "National Immigration Enforcement Conflicts"; expected one of sanctuary-policy, federal-conflict, coalition-cities, implementation-limits, or create content/themes/weather.md for a new theme',
    );
  });
});
