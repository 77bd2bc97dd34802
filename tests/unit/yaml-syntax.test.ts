/**
 * A YAML syntax error is reported on the line (and column) where the mistake
 * is, not where the parser gave up: one fixture per kind of mistake, each on
 * a different line, in `tests/fixtures/yaml-syntax/<case>/` with the message
 * expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content-files/frontmatter.ts';
import { InputError, formatProblem } from '../../src/lib/model/errors.ts';

const fixtures = join(import.meta.dirname, '../fixtures/yaml-syntax');

function problemsOf(file: string, text: string): string[] {
  try {
    (file.endsWith('.md') ? parseMarkdownFile : parseYamlFile)(file, text);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('YAML syntax errors name the real line and column', () => {
  const cases = readdirSync(fixtures);
  it('covers at least five kinds of mistake, each on its own line', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    const lines = cases.map((name) => /^[^:]+:(\d+):/.exec(readFileSync(join(fixtures, name, 'expected.txt'), 'utf8'))?.[1]);
    expect(new Set(lines).size).toBeGreaterThanOrEqual(5);
    expect(lines).not.toContain('2');
  });

  for (const name of cases) {
    it(name, () => {
      const input = readdirSync(join(fixtures, name)).find((f) => f.startsWith('input.'))!;
      const text = readFileSync(join(fixtures, name, input), 'utf8');
      const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter(Boolean);
      expect(problemsOf(input.replace('input', 'hand'), text)).toEqual(expected);
    });
  }
});
