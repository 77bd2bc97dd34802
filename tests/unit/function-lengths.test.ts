/**
 * No top-level function in src/ or scripts/ runs past MAX_LINES: a long
 * orchestrator becomes a short one calling named steps. The measure itself
 * is tested on small cases, so the rule cannot pass by measuring nothing.
 */
import { describe, expect, it } from 'vitest';
import { functionLengths } from '../../src/lib/tooling/function-lengths.ts';
import { readSources } from '../../src/lib/tooling/import-layers.ts';
import { projectRoot } from '../helpers/build-site.ts';

const MAX_LINES = 80;

const lines = (n: number, indent = '  ') => Array.from({ length: n }, (_, i) => `${indent}step${i}();`).join('\n');

describe('the functions of src/ and scripts/', () => {
  const files = readSources(projectRoot, ['src', 'scripts', 'astro.config.mjs']);
  const measured = functionLengths(files);

  it('are measured, hundreds of them', () => {
    expect(measured.length).toBeGreaterThan(300);
  });

  it(`run to at most ${MAX_LINES} lines each`, () => {
    const long = measured.filter((f) => f.lines > MAX_LINES).map((f) => `${f.file}:${f.line} ${f.name}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});

describe('the measure of a function', () => {
  it('counts a declaration from its first line to its closing brace, a multi-line signature and nested blocks included', () => {
    const text = [
      '/** A comment. */',
      'export async function long(',
      '  a: string,',
      '): Promise<void> {',
      lines(3),
      '  if (a) {',
      lines(2, '    '),
      '  }',
      '}',
      '',
      'function short(): void {}',
      'const value = 3;',
    ].join('\n');
    expect(functionLengths([{ path: 'src/a.ts', text }])).toEqual([
      { file: 'src/a.ts', name: 'long', line: 2, lines: 11 },
      { file: 'src/a.ts', name: 'short', line: 14, lines: 1 },
    ]);
  });

  it("counts an arrow function given to a const, a class's methods, and an Astro component's frontmatter", () => {
    const ts = [
      'export const arrow = (n: number): number =>',
      '  n +',
      '  1;',
      'export class Keeper {',
      '  private readonly kept = new Map<string, string>();',
      '',
      '  keep(id: string): void {',
      lines(4, '    '),
      '  }',
      '}',
    ].join('\n');
    const astro = ['---', 'function title(): string {', lines(2), '}', '---', '<h1>{title()}</h1>', 'function notCode() {}'].join('\n');
    expect(
      functionLengths([
        { path: 'src/b.ts', text: ts },
        { path: 'src/c.astro', text: astro },
      ]),
    ).toEqual([
      { file: 'src/b.ts', name: 'arrow', line: 1, lines: 3 },
      { file: 'src/b.ts', name: 'keep', line: 7, lines: 6 },
      { file: 'src/c.astro', name: 'title', line: 2, lines: 4 },
    ]);
  });

  it('finds a function past the limit', () => {
    const text = ['export function orchestrate(): void {', lines(MAX_LINES), '}'].join('\n');
    const [found] = functionLengths([{ path: 'src/d.ts', text }]);
    expect(found).toEqual({ file: 'src/d.ts', name: 'orchestrate', line: 1, lines: MAX_LINES + 2 });
  });
});
