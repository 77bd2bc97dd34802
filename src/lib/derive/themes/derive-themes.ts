/**
 * The themes a derive works with: the site's theme files, plus the themes it
 * proposes. A new explainer (no theme file yet) gets 3–5 proposed themes for
 * all its sections; with `propose`, the sections of any seed that fit no
 * existing theme get new proposed themes of their own. Without `propose`, a
 * site that has themes never gets proposals: an unplaced section stays an
 * error.
 */
import type { Seed } from '../../article/seeds.ts';
import { InputError, type Problem } from '../../model/errors.ts';
import { themeSchema } from '../../model/schema.ts';
import { loadCollection } from '../../content-files/content-tree.ts';
import { placeSections, type ThemeTerms } from './assign.ts';
import { leadSection, scoredSections } from '../../article/sections.ts';
import { proposeThemes, themeCount, type OpenArticle, type ProposedTheme } from './propose.ts';
import { englishWords } from '../../text/words.ts';

export interface DeriveThemes {
  /** Every theme sections are placed against: the files' and the proposed, by order. */
  themes: ThemeTerms[];
  /** The proposed ones, to be written as `content/themes/<slug>.md`. */
  proposed: ProposedTheme[];
}

export function loadThemeFiles(root: string): ThemeTerms[] {
  const problems: Problem[] = [];
  const themes = loadCollection(root, 'themes', themeSchema, problems).map((t) => ({ slug: t.id, ...t.data }));
  if (problems.length > 0) throw new InputError(problems);
  return themes.sort((a, b) => a.order - b.order);
}

/** Each seed's sections as derive scores them, and which still need a theme. */
function openArticles(seeds: readonly Seed[], existing: readonly ThemeTerms[], everything: boolean): OpenArticle[] {
  const words = englishWords();
  return seeds.map(({ slug, article, meta }) => {
    const sections = scoredSections(article).map((s, i) => ({
      ...s,
      source: slug,
      paragraphs: article.sections[i]!.paragraphs.map((p) => ({ id: p.id, text: p.body })),
    }));
    const lead = article.sections.indexOf(leadSection(article, meta));
    const placed = everything ? [] : placeSections(sections, existing, { words });
    const open = sections
      .map((_, i) => i)
      .filter((i) => i !== lead && meta.themes[sections[i]!.heading] === undefined && (everything || placed[i]!.theme === undefined));
    return { sections, open };
  });
}

export function deriveThemes(existing: readonly ThemeTerms[], seeds: readonly Seed[], { propose }: { propose: boolean }): DeriveThemes {
  const fresh = existing.length === 0;
  if (!fresh && !propose) return { themes: [...existing], proposed: [] };
  const articles = openArticles(seeds, existing, fresh);
  const open = articles.flatMap((a) => a.open.map((i) => a.sections[i]!));
  const proposed = proposeThemes(articles, {
    count: themeCount(open, fresh ? { min: 3, max: 5 } : { min: 1, max: 5 }),
    existing,
    firstOrder: Math.max(0, ...existing.map((t) => t.order)) + 1,
    words: englishWords(),
  });
  return { themes: [...existing, ...proposed], proposed };
}
