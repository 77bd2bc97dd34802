/**
 * Each source as derive wrote it: paragraph ids unique, each paragraph's text
 * the one its hash records (sources are derived: the seed is edited, not the
 * source) and its shown body the beginning of that text, present wherever
 * further reading was split off, every id the lead, sections and further
 * reading name among the paragraphs, every section's theme a theme of the
 * site, and the seed it was derived from still in `seeds/` (a retired
 * source's is gone by design: retired-sources.ts). A source with problems of
 * its own is unsound: what its entries quote cannot be judged against it.
 */
import type { Loaded } from '../../content-files/loaded.ts';
import type { Problem } from '../../model/errors.ts';
import { contentHash } from '../../model/hash.ts';
import type { Source } from '../../model/schema.ts';
import type { Found, TreeIndex } from './tree-index.ts';

type Path = (string | number)[];

export function sources({ tree, themes, failedThemes, memo }: TreeIndex): Found & { unsound: Set<string> } {
  const errors: Problem[] = [];
  const unsound = new Set<string>();
  const themesKey = `${[...themes.keys()].join(',')}|${[...failedThemes].join(',')}`;
  for (const source of tree.sources) {
    const problems = memo.about(source, 'source', themesKey, () => checkSource(source, themes, failedThemes));
    if (problems.length > 0) unsound.add(source.id);
    errors.push(...problems);
    const seed = source.data.derived?.from;
    // A retired source stays for what still cites it, whether or not its seed does.
    if (seed && !tree.seeds.has(seed) && !source.data.retired) {
      errors.push({
        file: source.file,
        line: source.lineOf(['derived', 'from']),
        field: 'derived.from',
        detail: `expected the seed ${seed}, found it gone; restore it, or run "npm run derive" to follow a rename or retire the article (it keeps every edited entry and says what to do with it)`,
      });
    }
  }
  return { errors, unsound };
}

function checkSource(source: Loaded<Source>, themes: Map<string, unknown>, failedThemes: Set<string | undefined>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  source.data.paragraphs.forEach((p, i) => {
    if (ids.has(p.id))
      problems.push({
        file: source.file,
        line: source.lineOf(['paragraphs', i, 'id']),
        field: `paragraphs[${i}].id`,
        detail: `expected a unique paragraph id, found "${p.id}" twice`,
      });
    ids.add(p.id);
    if (contentHash(p.text) !== p.hash) {
      problems.push({
        file: source.file,
        line: source.lineOf(['paragraphs', i, 'text']),
        field: `paragraphs[${i}].text`,
        detail: `expected the text the hash records, found it edited; sources are derived: edit the seed and run "npm run derive"`,
      });
    }
  });
  problems.push(...shownBodies(source));
  for (const [id, path, field] of paragraphReferences(source)) {
    if (!ids.has(id))
      problems.push({ file: source.file, line: source.lineOf(path), field, detail: `expected an id from paragraphs, found "${id}"` });
  }
  source.data.sections.forEach((s, i) => {
    if (s.theme !== null && !themes.has(s.theme) && !failedThemes.has(s.theme))
      problems.push({
        file: source.file,
        line: source.lineOf(['sections', i, 'theme']),
        field: `sections[${i}].theme`,
        detail: `expected one of ${[...themes.keys()].join(', ')}, found "${s.theme}"`,
      });
  });
  return problems;
}

/** The source page shows a paragraph's body where further reading was split off it: the beginning of its text, nothing else. */
function shownBodies(source: Loaded<Source>): Problem[] {
  const split = new Set(source.data.furtherReading.map((f) => f.paragraph));
  const rederive = 'sources are derived: edit the seed and run "npm run derive"';
  return source.data.paragraphs.flatMap(({ id, text, body }, i): Problem[] => {
    const at = { file: source.file, field: `paragraphs[${i}].body` };
    if (body === undefined)
      return split.has(id)
        ? [
            {
              ...at,
              line: source.lineOf(['paragraphs', i]),
              detail: `expected the paragraph without the further reading split off it, found none; ${rederive}`,
            },
          ]
        : [];
    if (body.length < text.length && text.startsWith(body)) return [];
    return [
      {
        ...at,
        line: source.lineOf(['paragraphs', i, 'body']),
        detail: `expected the beginning of the paragraph's text, found other words; ${rederive}`,
      },
    ];
  });
}

/** Every paragraph id the source names outside its paragraphs, with where it is written. */
function paragraphReferences(source: Loaded<Source>): [id: string, path: Path, field: string][] {
  return [
    ...source.data.lead.map((id, i): [string, Path, string] => [id, ['lead', i], `lead[${i}]`]),
    ...source.data.sections.flatMap((s, si) =>
      s.paragraphs.map((id, i): [string, Path, string] => [id, ['sections', si, 'paragraphs', i], `sections[${si}].paragraphs[${i}]`]),
    ),
    ...source.data.furtherReading.map((f, i): [string, Path, string] => [
      f.paragraph,
      ['furtherReading', i, 'paragraph'],
      `furtherReading[${i}].paragraph`,
    ]),
  ];
}
