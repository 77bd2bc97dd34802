/**
 * A deterministic synthetic newsroom of stories, each about ten articles:
 * every story has its own file, its own themes (questions) with keywords,
 * and articles in the seed format whose metadata names the story, sized by
 * the number of entries derive will make from them, and the site's name once
 * it has several stories. Articles go to the
 * stories in turn, and the number of stories follows the number of entries,
 * so ten more entries add one article (its seed and metadata) and nothing
 * else. The same options always give byte-identical files.
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
  /** Roughly how many articles each story has. */
  articlesPerStory?: number;
}

export interface GeneratedFile {
  /** Path relative to the data root. */
  path: string;
  text: string;
}

export interface Corpus {
  files: GeneratedFile[];
  themes: string[];
  stories: string[];
  /** The theme each section was written for, in seed order, so tests can compare with derive. */
  intended: { seed: string; heading: string; theme: string }[];
}

interface ThemeSpec {
  slug: string;
  words: [string, string, string];
}

const KEYWORDS_PER_THEME = 3;

export function generateCorpus(options: CorpusOptions): Corpus {
  const { entries, seed = 1, sectionsPerArticle = 10, entriesPerTheme = 50, articlesPerStory = 10 } = options;
  const random = seededRandom(seed);
  const storyCount = Math.max(1, Math.round(entries / (sectionsPerArticle * articlesPerStory)));
  const themesPerStory = Math.max(2, Math.round((sectionsPerArticle * articlesPerStory) / entriesPerTheme));
  const stories = Array.from({ length: storyCount }, (_, s) => ({
    slug: `story-${String(s + 1).padStart(4, '0')}`,
    themes: Array.from({ length: themesPerStory }, (_, j) => themeSpec(s * themesPerStory + j)),
  }));
  // A newsroom of several stories names itself, as `check` asks it to.
  const site = storyCount > 1 ? [{ path: 'content/site.yaml', text: 'name: Council news explained\n' }] : [];
  const files: GeneratedFile[] = [
    ...site,
    ...stories.flatMap((story, s) => [
      { path: `content/stories/${story.slug}.md`, text: storyFile(story.themes[0]!, s + 1) },
      ...story.themes.map((theme, j) => ({ path: `content/themes/${theme.slug}.md`, text: themeFile(theme, j + 1, story.slug) })),
    ]),
  ];
  const intended: Corpus['intended'] = [];
  let section = 0;
  for (let article = 0; section < entries; article++) {
    const slug = `article-${String(article + 1).padStart(5, '0')}`;
    const story = stories[article % storyCount]!;
    const lines = [`Council week in review, part ${article + 1}`, 'What Happened This Week', paragraph(random), paragraph(random)];
    const count = Math.min(sectionsPerArticle, entries - section);
    for (let s = 0; s < count; s++, section++) {
      const theme = story.themes[s % story.themes.length]!;
      const heading = `${capitalise(random.pick(theme.words))} ${random.pick(HEADING_NOUNS)} in ${random.pick(PLACES)} Ward ${random.int(90) + 10}`;
      intended.push({ seed: `seeds/${slug}.txt`, heading, theme: theme.slug });
      lines.push(heading, paragraph(random, random.pick(theme.words)), paragraph(random), paragraph(random));
    }
    files.push(
      { path: `seeds/${slug}.txt`, text: `${lines.join('\n')}\n` },
      { path: `seeds/${slug}.yaml`, text: `story: ${story.slug}\n` },
    );
  }
  return { files, themes: stories.flatMap((s) => s.themes.map((t) => t.slug)), stories: stories.map((s) => s.slug), intended };
}

/** A story's file: a headline and the editors' standfirst, named for its first question. */
function storyFile({ words }: ThemeSpec, n: number): string {
  const first = capitalise(words[0]);
  return [
    '---',
    `headline: The council's ${first} plan, week by week (story ${n})`,
    `standfirst: What the council decided on ${first}, and what it means for residents, from its weekly reviews.`,
    '---',
    '',
  ].join('\n');
}

function themeSpec(index: number): ThemeSpec {
  const words = Array.from({ length: KEYWORDS_PER_THEME }, (_, k) => inventedWord(index * KEYWORDS_PER_THEME + k)) as ThemeSpec['words'];
  return { slug: `${words[0]}-${words[1]}`, words };
}

function themeFile({ words }: ThemeSpec, order: number, story: string): string {
  const [first, second] = words.map(capitalise);
  return [
    '---',
    `title: ${first} and ${second}`,
    `question: What is changing in ${first}?`,
    `summary: The council's decisions on ${first} and what they mean for residents.`,
    `order: ${order}`,
    `story: ${story}`,
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
