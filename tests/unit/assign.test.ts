import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/article.ts';
import { placeSections } from '../../src/lib/derive/themes/assign.ts';
import { loadCollection } from '../../src/lib/content-files/content-tree.ts';
import { themeSchema } from '../../src/lib/model/schema.ts';
import { projectRoot } from '../helpers/build-site.ts';

const themes = loadCollection(projectRoot, 'themes', themeSchema, []).map((t) => ({ slug: t.id, ...t.data }));
const place = (sections: [string, string][], terms: Parameters<typeof placeSections>[1]) =>
  placeSections(
    sections.map(([heading, text]) => ({ heading, text })),
    terms,
    { explain: true },
  );

describe('theme assignment of the seed by the themes’ own keywords', () => {
  const article = parseArticle('seed', readFileSync(join(projectRoot, 'seeds/mayor-ends-immigration-enforcement-cooperation.txt'), 'utf8'));
  const placed = place(
    article.sections.map((s) => [s.heading ?? '', s.paragraphs.map((p) => p.body).join('\n\n')]),
    themes,
  );
  const assigned = Object.fromEntries(article.sections.slice(1).map((s, i) => [s.heading, placed[i + 1]!.theme]));

  it('maps every non-lead section to the theme an editor would choose', () => {
    expect(assigned).toEqual({
      'Sanctuary City Policy and Federal Cooperation Refusal': 'sanctuary-policy',
      'Detention and Release Policies Under Mamdani': 'sanctuary-policy',
      'National Immigration Enforcement Conflicts': 'federal-conflict',
      'Coalition Building Among Progressive Cities': 'coalition-cities',
      'Immigrant Community Mobilization and Support': 'coalition-cities',
      'Integration With Broader Social Justice Agenda': 'coalition-cities',
      'Implementation Challenges and Municipal Authority Limits': 'implementation-limits',
    });
  });
});

describe('scoring', () => {
  const terms = [
    { slug: 'b', title: 'Beta', order: 2, keywords: ['river'] },
    { slug: 'a', title: 'Alpha', order: 1, keywords: ['river'] },
    { slug: 'c', title: 'Gamma', order: 3, keywords: ['mountain'] },
  ];

  it('weights the heading above the text', () => {
    const [placed] = place([['Mountain pass', 'the river and the river']], terms);
    expect(placed!.theme).toBe('c');
  });

  it('breaks ties by theme order, not by file order', () => {
    const [placed] = place([['', 'a river']], terms);
    expect(placed!.ranked!.map((s) => s.theme)).toEqual(['a', 'b', 'c']);
    expect(placed!.runnerUp?.theme).toBe('b');
    expect(placed!.narrow).toBe(true);
  });

  it('matches inflected words through their stem but not words that merely contain a keyword', () => {
    expect(place([['', 'rivers']], terms)[0]!.theme).toBe('a');
    expect(place([['', 'riverside walkers']], terms)[0]!.theme).toBeUndefined();
    expect(place([['Limited reach', '']], [{ slug: 'l', title: 'L', order: 1, keywords: ['limits'] }])[0]!.theme).toBe('l');
  });

  it('finds no theme when nothing matches', () => {
    const [placed] = place([['Weather report', 'Sunny all week.']], terms);
    expect(placed!.theme).toBeUndefined();
    expect(placed!.narrow).toBe(false);
  });

  it('lets a word found in every section decide almost nothing, and a word found in one decide a lot', () => {
    // The editor listed the article's subject as a keyword of "how": it is in every section, three times in each.
    const themes2 = [
      { slug: 'how', title: 'How it works', order: 1, keywords: ['ferry', 'timetable'] },
      { slug: 'cost', title: 'Cost', order: 2, keywords: ['fare', 'ticket'] },
    ];
    const placed = place(
      [
        ['The ferry', 'The ferry crosses the bay. The ferry is old. The ferry runs hourly on a timetable.'],
        ['Paying', 'A ferry fare is paid with a ticket. The ferry takes cards. The ferry sells a ticket book.'],
        ['Seasons', 'The ferry runs less in winter. The ferry stops at night. The ferry timetable changes.'],
      ],
      themes2,
    );
    expect(placed.map((p) => p.theme)).toEqual(['how', 'cost', 'how']);
  });

  it('counts a keyword of several words as one term, only where the words stand together', () => {
    const themes2 = [
      { slug: 'funding', title: 'Funding', order: 1, keywords: ['federal funding'] },
      { slug: 'courts', title: 'Courts', order: 2, keywords: ['judge'] },
    ];
    const placed = place(
      [
        ['', 'Cuts to federal funding were threatened.'],
        ['', 'A federal judge heard the case about funding.'],
      ],
      themes2,
    );
    expect(placed.map((p) => p.theme)).toEqual(['funding', 'courts']);
  });

  it('marks a placement narrow only when the runner-up comes close', () => {
    const themes2 = [
      { slug: 'x', title: 'X', order: 1, keywords: ['alpha'] },
      { slug: 'y', title: 'Y', order: 2, keywords: ['beta'] },
    ];
    const [clear, close] = place(
      [
        ['Alpha', 'alpha alpha beta'],
        ['', 'alpha beta'],
      ],
      themes2,
    );
    expect(clear!.narrow).toBe(false);
    expect(close!.narrow).toBe(true);
    expect(close!.runnerUp?.theme).toBe('y');
  });
});
