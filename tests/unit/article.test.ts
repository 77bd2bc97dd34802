import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/lib/article/article.ts';
import { InputError } from '../../src/lib/model/errors.ts';
import { decodeSeed } from '../../src/lib/article/seed-text.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const parseFile = (path: string): Article => parseArticle('input.txt', decodeSeed('input.txt', readFileSync(path)));

describe('parseArticle on fixtures', () => {
  for (const name of readdirSync(join(fixtures, 'articles'))) {
    it(`parses ${name}`, () => {
      const dir = join(fixtures, 'articles', name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      expect(parseFile(join(dir, 'input.txt'))).toEqual(expected);
    });
  }
  for (const name of readdirSync(join(fixtures, 'articles-bad'))) {
    it(`rejects ${name} with a one-line message`, () => {
      const dir = join(fixtures, 'articles-bad', name);
      const message = readFileSync(join(dir, 'error.txt'), 'utf8').trim();
      expect(() => parseFile(join(dir, 'input.txt'))).toThrow(
        new InputError({ file: 'input.txt', detail: message.replace(/^input\.txt: /, '') }),
      );
    });
  }
});

describe('parseArticle on the seed', () => {
  const article = parseFile(join(import.meta.dirname, '../../seeds/mayor-ends-immigration-enforcement-cooperation.txt'));

  it('finds the title and eight sections, one paragraph each, numbered in order', () => {
    expect(article.title).toBe('Mayor commits to ending federal immigration enforcement cooperation and detention');
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Municipal Government Takes Stance on Federal Immigration Enforcement',
      'Sanctuary City Policy and Federal Cooperation Refusal',
      'Detention and Release Policies Under Mamdani',
      'National Immigration Enforcement Conflicts',
      'Coalition Building Among Progressive Cities',
      'Immigrant Community Mobilization and Support',
      'Integration With Broader Social Justice Agenda',
      'Implementation Challenges and Municipal Authority Limits',
    ]);
    expect(article.sections.flatMap((s) => s.paragraphs.map((p) => p.id))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
  });

  it('splits the link-text sentences off the last paragraph, without inventing links', () => {
    const last = article.sections.at(-1)!.paragraphs[0]!;
    expect(last.furtherReading).toEqual([
      'Immigration policy information',
      'National Lawyers Guild',
      'Immigrant advocacy organizations',
      'ACLU immigration work',
    ]);
    expect(last.body.endsWith('organizations challenging federal systems.')).toBe(true);
    expect(last.text).toContain('Understand ACLU immigration work.');
  });

  it('keeps the text verbatim, curly apostrophes included', () => {
    expect(article.sections[1]!.paragraphs[0]!.text).toContain('Mamdani’s ICE abolition commitment builds on New York City’s existing');
  });

  it('gives each paragraph a stable content hash', () => {
    const again = parseFile(join(import.meta.dirname, '../../seeds/mayor-ends-immigration-enforcement-cooperation.txt'));
    expect(again.sections[2]!.paragraphs[0]!.hash).toBe(article.sections[2]!.paragraphs[0]!.hash);
    expect(article.sections[2]!.paragraphs[0]!.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});
