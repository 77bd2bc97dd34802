/**
 * For a theme left with no entries: the article sections that came closest
 * to it, scored as derive scores them (src/lib/text/score.ts), with the theme
 * each went to instead. Check names them so the editor sees which keywords
 * to add, or which heading to map, to give the theme its entries.
 */
import type { Loaded } from '../content-files/loaded.ts';
import type { Source, Theme } from '../model/schema.ts';
import { scoreArticle } from '../text/score.ts';
import { englishWords } from '../text/words.ts';

const SHOWN = 3;

export function closestSections(slug: string, themes: readonly Loaded<Theme>[], sources: readonly Loaded<Source>[]): string[] {
  const terms = themes.map((t) => ({ slug: t.id, title: t.data.title, order: t.data.order, keywords: t.data.keywords }));
  const found: { label: string; score: number }[] = [];
  for (const source of sources) {
    const texts = new Map(source.data.paragraphs.map((p) => [p.id, p.text]));
    const sections = source.data.sections.map((s) => ({
      heading: s.heading ?? '',
      text: s.paragraphs.map((id) => texts.get(id) ?? '').join('\n\n'),
    }));
    const scored = scoreArticle(sections, terms, englishWords());
    const column = scored.themes.findIndex((t) => t.slug === slug);
    source.data.sections.forEach((s, i) => {
      const score = scored.scores[i]![column]!;
      if (s.theme !== null && score > 0) found.push({ label: `"${s.heading ?? source.data.title}" (${source.id}, in ${s.theme})`, score });
    });
  }
  return found
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, SHOWN)
    .map((f) => f.label);
}
