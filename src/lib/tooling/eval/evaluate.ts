/**
 * What derive makes of a labelled article when it is the first seed of an
 * empty site, read back from the files it writes, as an editor would meet
 * them: how the proposed themes group the sections against the editor's
 * grouping (adjusted Rand index), whether each proposed title is one an
 * editor could keep, how many key-term and timeline drafts there are per
 * 1,000 words, and whether every entry's summary is whole sentences.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarkdownFile } from '../../content-files/frontmatter.ts';
import { derive } from '../../derive/derive.ts';
import { sectionText } from '../../article/sections.ts';
import { GENERIC_WORDS, STOPWORDS } from '../../text/words.ts';
import { adjustedRandIndex } from './adjusted-rand.ts';
import type { LabelledArticle } from './labelled-sets.ts';

/**
 * Words that say what kind of text a title is over, not what it is about; a
 * title made of them alone ("Overview", "Key information") is no name. The
 * measure's own list, kept apart from anything derive uses to choose titles.
 */
const EMPTY_NOUNS = new Set(
  'background overview summary introduction conclusion conclusions information detail details part section issue issues topic topics item items matter things aspect aspects key main other general additional following related specific certain various number amount case cases type types kind kinds area areas way ways'.split(
    ' ',
  ),
);

export interface ProposedThemeSeen {
  title: string;
  question: string | undefined;
  summary: string | undefined;
}

export interface ArticleFigures {
  name: string;
  words: number;
  ari: number;
  proposed: ProposedThemeSeen[];
  editorThemes: number;
  /** Titles of two words or more, not all of them function or generic words, used as written in the article. */
  keepable: number;
  terms: number;
  timeline: number;
  summaries: number;
  /** Summaries that end where a sentence ends in the section's text. */
  wholeSummaries: string[];
  brokenSummaries: string[];
}

const wordsIn = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

export function keepableTitle(title: string, article: string): boolean {
  const words = title.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  if (words.length < 2) return false;
  if (words.every((w) => STOPWORDS.has(w) || GENERIC_WORDS.has(w) || EMPTY_NOUNS.has(w) || /^\d+$/u.test(w))) return false;
  return article.toLowerCase().includes(title.toLowerCase());
}

/** A summary is whole when the section's text starts with it and goes on, if at all, with a space and a new sentence. */
export function wholeSentences(summary: string, text: string): boolean {
  if (!text.startsWith(summary) || !/[.!?…]["”’)\]]*$/u.test(summary)) return false;
  const rest = text.slice(summary.length);
  return rest === '' || /^\s+["“‘(¿¡]?[\p{Lu}\p{N}§]/u.test(rest);
}

function markdownFiles(dir: string): { path: string; data: Record<string, unknown>; body: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .sort()
    .map((p) => ({ path: p, ...parseMarkdownFile(p, readFileSync(join(dir, p), 'utf8')) }))
    .map(({ path, data, body }) => ({ path, data: data as Record<string, unknown>, body }));
}

export async function evaluateArticle({ name, seed, article, expected }: LabelledArticle): Promise<ArticleFigures> {
  const root = mkdtempSync(join(tmpdir(), 'explainer-eval-'));
  try {
    mkdirSync(join(root, 'seeds'));
    writeFileSync(join(root, 'seeds', `${name}.txt`), seed);
    await derive({ root, today: '2026-01-01' });
    const content = join(root, 'content');
    const themes = markdownFiles(join(content, 'themes')).map(({ data }) => ({
      title: String(data['title']),
      question: data['question'] as string | undefined,
      summary: data['summary'] as string | undefined,
    }));
    const entries = markdownFiles(join(content, 'entries'));
    const sections = article.sections.slice(1);
    const themeOf = sections.map((section) => {
      const first = section.paragraphs[0]!.id;
      return String(entries.find((e) => (e.data['paragraphs'] as string[])[0] === first)?.data['theme'] ?? '');
    });
    const whole: string[] = [];
    const broken: string[] = [];
    for (const section of article.sections) {
      const entry = entries.find((e) => (e.data['paragraphs'] as string[])[0] === section.paragraphs[0]!.id);
      if (!entry) continue;
      const summary = String(entry.data['summary']);
      (wholeSentences(summary, sectionText(section)) ? whole : broken).push(summary);
    }
    const drafts = (dir: string) => markdownFiles(join(content, dir)).filter((f) => f.data['status'] === 'proposed').length;
    const text = [article.title, ...article.sections.flatMap((s) => [s.heading ?? '', sectionText(s)])].join('\n');
    return {
      name,
      words: wordsIn(seed).length,
      ari: adjustedRandIndex(
        themeOf,
        expected.map((e) => e.theme),
      ),
      proposed: themes,
      editorThemes: new Set(expected.map((e) => e.theme)).size,
      keepable: themes.filter((t) => keepableTitle(t.title, text)).length,
      terms: drafts('terms'),
      timeline: drafts('timelines'),
      summaries: whole.length + broken.length,
      wholeSummaries: whole,
      brokenSummaries: broken,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
