/**
 * The theme assignment evaluation sets (tests/fixtures/assignment/): each
 * article parsed as derive parses a seed, the editor's themes and the
 * expected theme of each section after the lead. The development set is the
 * one the scorer and the grouping were shaped on; the held-out set was
 * written afterwards and is never tuned to the code's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../../src/lib/article/article.ts';
import { parseMarkdownFile } from '../../src/lib/content-files/frontmatter.ts';
import { validate } from '../../src/lib/content-files/validate.ts';
import { themeSchema } from '../../src/lib/model/schema.ts';
import type { ThemeTerms } from '../../src/lib/derive/themes/assign.ts';

export interface LabelledArticle {
  name: string;
  article: Article;
  themes: ThemeTerms[];
  expected: { heading: string; theme: string }[];
}

export type AssignmentSet = 'development' | 'held-out';

/** The folder holding one set's articles, one folder each. */
export const assignmentFixtures = (set: AssignmentSet) => join(import.meta.dirname, '../fixtures/assignment', set);

export function labelledArticles(set: AssignmentSet): LabelledArticle[] {
  return readdirSync(assignmentFixtures(set), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(assignmentFixtures(set), name);
      const article = parseArticle(`${name}/seed.txt`, readFileSync(join(dir, 'seed.txt'), 'utf8'));
      const themes = readdirSync(join(dir, 'themes'))
        .sort()
        .map((file) => {
          const path = `${name}/themes/${file}`;
          const result = validate(themeSchema, parseMarkdownFile(path, readFileSync(join(dir, 'themes', file), 'utf8')));
          if (!result.ok) throw new Error(result.problems.map((p) => p.detail).join('\n'));
          return { slug: file.replace(/\.md$/, ''), ...result.value };
        });
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).sections;
      return { name, article, themes, expected };
    });
}

/** A section's text as derive scores it: its paragraphs without further-reading labels. */
export const sectionText = (section: Article['sections'][number]) => section.paragraphs.map((p) => p.body).join('\n\n');
