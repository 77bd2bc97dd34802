import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/render/markdown/render-markdown.ts';

const fixtures = join(import.meta.dirname, '../fixtures/render');

describe('renderMarkdown fixtures (rendered under base /pr-42/)', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
      const expected = readFileSync(join(fixtures, name, 'expected.html'), 'utf8');
      expect(renderMarkdown(input, '/pr-42/')).toBe(expected);
    });
  }
});

describe('renderMarkdown safety', () => {
  const html = renderMarkdown(readFileSync(join(fixtures, 'hostile/input.md'), 'utf8'), '/');

  it('drops every script, frame, object, handler, style attribute and unsafe URL', () => {
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|onerror|style=|javascript:|vbscript:|data:/i);
  });

  it('keeps the harmless text around them', () => {
    expect(html).toContain('<p>A paragraph.</p>');
    expect(html).toContain('<a>click</a>');
    expect(html).toContain('old');
  });
});
