/**
 * An entry's kind against its body, where the one decides the other: a
 * `quote` is shown to readers as the source's own words, so its body must be
 * exactly that; and a body that is exactly the source's words must be shown
 * as a quotation, never under a label that says the editors wrote it. "The
 * source's words as written" means every block of the body appears word for
 * word (quote marks, dashes and spacing aside) in the paragraphs it cites.
 * Whether a rewrite is reporting or analysis is the editor's judgement, and
 * is not checked.
 */
import type { Loaded } from '../content-files/loaded.ts';
import type { Problem } from '../model/errors.ts';
import type { Source } from '../model/schema.ts';
import type { Citing, Noun } from './check-citations.ts';
import { clip } from '../text/clip.ts';
import { bodyBlocks, plainBlocks } from './body-text.ts';
import { paragraphsOf, quoteFinderIn } from './source-paragraphs.ts';
import { wordsNotFound } from './verify-quote.ts';

export function checkKind(entry: Citing, source: Loaded<Source>, noun: Noun = 'entry'): Problem[] {
  const { kind, paragraphs } = entry.data;
  const cited = citedTexts(entry, source);
  // A missing paragraph has its own error; without its text, what the body is cannot be decided.
  if (!cited) return [];
  // Finding a line parses the file again for positions: only when there is something to report.
  const where = (): Problem => ({ file: entry.file, line: entry.lineOf(['kind']), field: 'kind', detail: '' });
  const ids = `${source.id} ${paragraphs.join(', ')}`;
  if (cited.length === 0) {
    return kind === 'quote'
      ? [
          {
            ...where(),
            detail: `expected reporting, analysis or context for ${noun === 'entry' ? 'an entry' : `a ${noun}`} that cites no paragraph, found quote; a quotation comes from a cited paragraph`,
          },
        ]
      : [];
  }
  const found = quoteFinderIn(source, cited);
  if (kind !== 'quote') return editorsWords(entry, found, ids, where);
  const blocks = bodyBlocks(entry.body);
  const rewritten = blocks.find((block) => !found(block.text))?.text;
  if (blocks.length === 0)
    return [
      {
        ...where(),
        detail: `expected reporting, analysis or context for an empty body, found quote; a quotation needs the source's words`,
      },
    ];
  if (rewritten !== undefined)
    return [
      {
        ...where(),
        detail: `expected reporting, analysis or context for a body the editors rewrote, found quote ("${clip(wordsNotFound(rewritten, found), 80)}" is not in ${ids}); only the source's words as written are shown as a quotation`,
      },
    ];
  return [];
}

/**
 * An entry in the editors' words must not be the source's words as written,
 * in whole (that is a quotation, `kind: quote`) or in part: a plain paragraph
 * of a few words or more, outside quotation marks and blockquotes, found word
 * for word in the cited paragraphs would show the source's words as the
 * editors'. Plain paragraphs need no parse, and are where copied text sits.
 */
function editorsWords(entry: Citing, found: (text: string) => boolean, ids: string, where: () => Problem): Problem[] {
  const plain = plainBlocks(entry.body);
  if (plain.every((block) => found(block.text))) {
    const blocks = bodyBlocks(entry.body);
    if (blocks.length > 0 && blocks.every((block) => found(block.text)))
      return [
        {
          ...where(),
          detail: `expected quote for a body that is the source's words as written (${ids}), found ${entry.data.kind}; set kind: quote so readers see a quotation, or rewrite it in the editors' words`,
        },
      ];
  }
  return plain
    .filter((block) => !/["“”]/.test(block.text) && block.text.split(' ').length > 3 && found(block.text))
    .map((block) => ({
      file: entry.file,
      line: entry.bodyLine + block.line - 1,
      detail: `expected the editors' own words outside quotations, found the source's words as written (${ids}); put them in a blockquote (>) or quotation marks, or rewrite them`,
    }));
}

/**
 * The texts the entry was written against: a paragraph that changed since
 * (a stale citation, reported on its own) counts as it was then, while the
 * source still keeps that text.
 */
function citedTexts(entry: Citing, source: Loaded<Source>): string[] | undefined {
  const { current, superseded } = paragraphsOf(source);
  const texts: string[] = [];
  for (const id of entry.data.paragraphs) {
    const now = current.get(id);
    const then = entry.data.cited[id];
    const text = now && then && now.hash !== then ? superseded.get(`${id}#${then}`) : now?.text;
    if (text === undefined) return undefined;
    texts.push(text);
  }
  return texts;
}
