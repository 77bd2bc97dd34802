/**
 * Where each translation stands against the source-language text it
 * translates: that text now (absent when the file it translates is gone),
 * whether it changed since the translation recorded its digest, and, when
 * the text the translation was made from is kept (originals.ts), what it
 * was (the tree carries them). `check`, `npm run translations` and the site
 * all read this.
 */
import type { ContentTree } from '../content-files/content-tree.ts';
import { resolveStories } from '../content-files/stories.ts';
import { entryText, homeText, interfaceText, storyText, termText, textDigest, themeText } from '../content-files/translatable-text.ts';
import type { TranslationFile } from '../content-files/translation-files.ts';
import type { SiteSettings } from '../model/schema.ts';
import { CheckMemo } from './check-memo.ts';

export interface TranslationState {
  translation: TranslationFile;
  /** The source-language text now; undefined when what it translates does not exist. */
  current: string | undefined;
  stale: boolean;
  /** The text it was made from, when kept. */
  original: string | undefined;
  /** When the source-language text last changed, where the content says (an entry's update or correction). */
  changed: string | undefined;
}

/** The source-language text a translation file translates, as it reads now. */
export function currentText(
  translation: Pick<TranslationFile, 'of' | 'target'>,
  tree: ContentTree,
  settings: SiteSettings,
): { text: string; changed?: string } | undefined {
  switch (translation.of) {
    case 'entry': {
      const entry = tree.entries.find((e) => e.id === translation.target);
      if (!entry) return undefined;
      const dates = [entry.data.updated, ...entry.data.corrections.map((c) => c.date)].sort();
      return { text: entryText(entry), changed: dates[dates.length - 1] };
    }
    case 'theme': {
      const theme = tree.themes.find((t) => t.id === translation.target);
      return theme && { text: themeText(theme) };
    }
    case 'story': {
      const story = tree.stories.find((s) => s.id === translation.target);
      return story && { text: storyText(story, storyLead(tree, settings, story.id)) };
    }
    case 'term': {
      const term = tree.terms.find((t) => t.id === translation.target);
      return term && { text: termText(term) };
    }
    case 'home':
      return { text: homeText(settings) };
    case 'interface':
      return { text: interfaceText() };
  }
}

/** The texts of the lead paragraphs a story's home page quotes now. */
export function storyLead(tree: ContentTree, settings: SiteSettings, story: string): string[] {
  const lead = resolveStories(tree.stories, tree.themes, tree.sources, settings).byId.get(story)?.lead;
  if (!lead) return [];
  const texts = new Map(lead.data.paragraphs.map((p) => [p.id, p.text]));
  return lead.data.lead.map((id) => texts.get(id) ?? '');
}

/**
 * With a `memo` (check-memo.ts), the text an entry's, theme's or key term's translation translates
 * is taken again only when that file was reloaded: an edit to the English file re-judges its
 * translations, and no other. A story's, the site's and the interface's texts are taken each time.
 */
export function translationStates(tree: ContentTree, settings: SiteSettings, memo = new CheckMemo()): TranslationState[] {
  const entries = new Map(tree.entries.map((e) => [e.id, e]));
  const themes = new Map(tree.themes.map((t) => [t.id, t]));
  const terms = new Map(tree.terms.map((t) => [t.id, t]));
  const files = { entry: entries, theme: themes, term: terms } as const;
  return tree.translations.map((translation) => {
    const own = translation.of === 'entry' || translation.of === 'theme' || translation.of === 'term';
    const target = own ? files[translation.of].get(translation.target) : undefined;
    const now = own
      ? memo.about(translation, 'translated text', target, () => digested(currentText(translation, tree, settings)))
      : digested(currentText(translation, tree, settings));
    const stale = now !== undefined && now.digest !== translation.data.translates;
    return {
      translation,
      current: now?.text,
      stale,
      original: stale ? tree.originals.get(translation.data.translates) : undefined,
      changed: now?.changed,
    };
  });
}

const digested = (now: { text: string; changed?: string } | undefined) => now && { ...now, digest: textDigest(now.text) };
