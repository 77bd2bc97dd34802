import { describe, expect, it } from 'vitest';
import { bodyBlocks, plainBlocks } from '../../src/lib/check/body-text.ts';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { projectRoot } from '../helpers/build-site.ts';

describe('the plain text of a body, block by block', () => {
  it('undoes derive’s escapes without a parse, and numbers the lines blocks start on', () => {
    expect(bodyBlocks('A \\*starred\\* \\<b\\> word.\n\n\n  Second\n  block.\n')).toEqual([
      { text: 'A *starred* <b> word.', line: 1 },
      { text: 'Second block.', line: 4 },
    ]);
  });

  it('reads Markdown as a reader sees it, and can leave out what is already a quotation', () => {
    const body = 'Intro with *emphasis* and [a link](/x/).\n\n> Quoted words.\n\n- one item\n';
    expect(bodyBlocks(body)).toEqual([
      { text: 'Intro with emphasis and a link.', line: 1 },
      { text: 'Quoted words.', line: 3 },
      { text: 'one item', line: 5 },
    ]);
    expect(bodyBlocks(body, { outsideQuotations: true }).map((b) => b.text)).toEqual(['Intro with emphasis and a link.', 'one item']);
  });

  it('gives the same text for every real entry body as the source paragraph it was derived from', () => {
    const { entries, sources } = loadContent(projectRoot);
    const texts = new Map(sources.flatMap((s) => s.data.paragraphs.map((p) => [`${s.id}#${p.id}`, p.text])));
    for (const entry of entries.filter((e) => e.data.kind === 'quote')) {
      const [block] = bodyBlocks(entry.body);
      expect(texts.get(`${entry.data.source}#${entry.data.paragraphs[0]}`), entry.id).toContain(block!.text);
    }
  });
});

describe('blocks read without a parse', () => {
  it('are the plain paragraphs and one-line headings, exactly as a parse reads them', () => {
    const body = '### What to watch ###\n\nA plain\nparagraph.\n\n- a list\n\n> quoted\n\nWith *emphasis*.\n\nAT&amp;T\n';
    expect(plainBlocks(body)).toEqual([
      { text: 'What to watch', line: 1 },
      { text: 'A plain paragraph.', line: 3 },
    ]);
    const parsed = bodyBlocks(body);
    for (const block of plainBlocks(body)) expect(parsed).toContainEqual(block);
  });
});
