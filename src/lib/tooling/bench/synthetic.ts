/**
 * A deterministic synthetic newsroom: themes with keywords and source
 * articles in the seed format, sized by the number of entries derive will
 * make from them. The same options always give byte-identical files.
 */
import { seededRandom, type Random } from './prng.ts';
import { capitalise, HEADING_NOUNS, inventedWord, PLACES, sentence } from './vocabulary.ts';

export interface CorpusOptions {
  /** Entries derive should produce: one per non-lead section. */
  entries: number;
  seed?: number;
  /** Sections per article besides the lead. */
  sectionsPerArticle?: number;
  /** Roughly how many entries each theme page lists. */
  entriesPerTheme?: number;
}

export interface GeneratedFile {
  /** Path relative to the data root. */
  path: string;
  text: string;
}

export interface Corpus {
  files: GeneratedFile[];
  themes: string[];
  /** The theme each section was written for, in seed order, so tests can compare with derive. */
  intended: { seed: string; heading: string; theme: string }[];
}

interface ThemeSpec {
  slug: string;
  words: [string, string, string];
}

const KEYWORDS_PER_THEME = 3;

export function generateCorpus(options: CorpusOptions): Corpus {
  const { entries, seed = 1, sectionsPerArticle = 10, entriesPerTheme = 50 } = options;
  const random = seededRandom(seed);
  const themes = Array.from({ length: Math.max(4, Math.round(entries / entriesPerTheme)) }, (_, i) => themeSpec(i));
  const files: GeneratedFile[] = themes.map((theme, i) => ({ path: `content/themes/${theme.slug}.md`, text: themeFile(theme, i + 1) }));
  const intended: Corpus['intended'] = [];
  let section = 0;
  for (let article = 0; section < entries; article++) {
    const slug = `article-${String(article + 1).padStart(5, '0')}`;
    const lines = [`Council week in review, part ${article + 1}`, 'What Happened This Week', paragraph(random), paragraph(random)];
    const count = Math.min(sectionsPerArticle, entries - section);
    for (let s = 0; s < count; s++, section++) {
      const theme = themes[section % themes.length]!;
      const heading = `${capitalise(random.pick(theme.words))} ${random.pick(HEADING_NOUNS)} in ${random.pick(PLACES)} Ward ${random.int(90) + 10}`;
      intended.push({ seed: `seeds/${slug}.txt`, heading, theme: theme.slug });
      lines.push(heading, paragraph(random, random.pick(theme.words)), paragraph(random), paragraph(random));
    }
    files.push({ path: `seeds/${slug}.txt`, text: `${lines.join('\n')}\n` });
  }
  return { files, themes: themes.map((t) => t.slug), intended };
}

function themeSpec(index: number): ThemeSpec {
  const words = Array.from({ length: KEYWORDS_PER_THEME }, (_, k) => inventedWord(index * KEYWORDS_PER_THEME + k)) as ThemeSpec['words'];
  return { slug: `${words[0]}-${words[1]}`, words };
}

function themeFile({ words }: ThemeSpec, order: number): string {
  const [first, second] = words.map(capitalise);
  return [
    '---',
    `title: ${first} and ${second}`,
    `question: What is changing in ${first}?`,
    `summary: The council's decisions on ${first} and what they mean for residents.`,
    `order: ${order}`,
    'keywords:',
    ...words.map((w) => `  - ${w}`),
    '---',
    `This section follows the council's work on ${first} and ${second}, one decision at a time.`,
    '',
  ].join('\n');
}

/** Three to five sentences; `keyword`, when given, is mentioned in the second. */
function paragraph(random: Random, keyword?: string): string {
  const sentences = Array.from({ length: 3 + random.int(3) }, () => sentence(random));
  if (keyword) sentences.splice(1, 0, `The ${capitalise(keyword)} question came up again.`);
  return sentences.join(' ');
}
