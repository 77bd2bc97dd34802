import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/article.ts';
import { assignTheme, scoreSection } from '../../src/lib/derive/assign.ts';
import { loadCollection } from '../../src/lib/content-files/content-tree.ts';
import { themeSchema } from '../../src/lib/model/schema.ts';
import { projectRoot } from '../helpers/build-site.ts';

const themes = loadCollection(projectRoot, 'themes', themeSchema, []).map((t) => ({ slug: t.id, ...t.data }));

describe('theme assignment of the seed by the themes’ own keywords', () => {
  const article = parseArticle('seed', readFileSync(join(projectRoot, 'seeds/mayor-ends-immigration-enforcement-cooperation.txt'), 'utf8'));
  const assigned = Object.fromEntries(
    article.sections.slice(1).map((s) => [s.heading, assignTheme(s.heading!, s.paragraphs.map((p) => p.body).join('\n'), themes)]),
  );

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
    expect(assignTheme('Mountain pass', 'the river and the river', terms)).toBe('c');
  });

  it('breaks ties by theme order, not by file order', () => {
    expect(scoreSection('', 'a river', terms).map((s) => s.theme)).toEqual(['a', 'b', 'c']);
  });

  it('matches inflected words but not words that merely contain a keyword', () => {
    expect(assignTheme('', 'rivers', terms)).toBe('a');
    expect(assignTheme('', 'riverside walkers', terms)).toBeUndefined();
  });

  it('finds no theme when nothing matches', () => {
    expect(assignTheme('Weather report', 'Sunny all week.', terms)).toBeUndefined();
  });
});
