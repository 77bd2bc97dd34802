/**
 * The theme assignment evaluation sets (tests/fixtures/assignment/): each
 * article parsed as derive parses a seed, the editor's themes and the
 * expected theme of each section after the lead. The development set is the
 * one the scorer, the grouping and the proposals were shaped on; the
 * held-out set was labelled and committed before that code ran on it, and
 * is never tuned to its output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../../article/article.ts';
import { parseMarkdownFile } from '../../content-files/frontmatter.ts';
import { validate } from '../../content-files/validate.ts';
import { themeSchema } from '../../model/schema.ts';
import type { ThemeTerms } from '../../derive/themes/assign.ts';

export interface LabelledArticle {
  name: string;
  /** The seed as written, and the article derive parses from it. */
  seed: string;
  article: Article;
  themes: ThemeTerms[];
  expected: { heading: string; theme: string }[];
}

export type AssignmentSet = 'development' | 'held-out';

/** The folder holding one set's articles, one folder each. */
export const assignmentFixtures = (set: AssignmentSet) => join(import.meta.dirname, '../../../../tests/fixtures/assignment', set);

export function labelledArticles(set: AssignmentSet): LabelledArticle[] {
  return readdirSync(assignmentFixtures(set), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(assignmentFixtures(set), name);
      const seed = readFileSync(join(dir, 'seed.txt'), 'utf8');
      const article = parseArticle(`${name}/seed.txt`, seed);
      const themes = readdirSync(join(dir, 'themes'))
        .sort()
        .map((file) => {
          const path = `${name}/themes/${file}`;
          const result = validate(themeSchema, parseMarkdownFile(path, readFileSync(join(dir, 'themes', file), 'utf8')));
          if (!result.ok) throw new Error(result.problems.map((p) => p.detail).join('\n'));
          return { slug: file.replace(/\.md$/, ''), ...result.value };
        });
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).sections;
      return { name, seed, article, themes, expected };
    });
}
