/**
 * The social card of each story home and question page, in each language:
 * what it says (from the page's own words), where it is
 * (`<lang>/cards/stories/<story>.png`, `<lang>/cards/themes/<theme>.png`)
 * and the text alternative link previews read.
 */
import { cacheDir } from 'astro:config/server';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardText } from '../lib/render/cards/card-layout.ts';
import type { Site, StoryView, ThemeItem } from './content.ts';
import type { Edition } from './edition.ts';
import { homeIn, storyIn, themeIn } from './localised.ts';
import { absolute } from './structured-data.ts';

/** Where the build keeps rendered cards between builds. */
export const CARD_CACHE = join(fileURLToPath(cacheDir), 'explainer', 'cards');

export type CardKind = 'stories' | 'themes';

export function cardText(site: Site, edition: Edition, kind: CardKind, id: string): CardText {
  const name = homeIn(edition, site).text.name;
  if (kind === 'stories') {
    const story = site.stories.find((s) => s.id === id)!;
    return { title: storyIn(edition, story).text.headline, kicker: edition.ui.t('home.eyebrow'), site: name };
  }
  const theme = site.themes.find((t) => t.id === id)!;
  const story = site.storyOfTheme.get(id);
  const storyName = story && storyIn(edition, story).text.headline;
  return { title: themeIn(edition, theme).text.question, kicker: storyName === name ? undefined : storyName, site: name };
}

/** The card's address and its text alternative: the words it shows, in reading order. */
export function cardImage(site: Site, edition: Edition, kind: CardKind, id: string): { url: string; alt: string } {
  const text = cardText(site, edition, kind, id);
  return { url: absolute(edition.href(`cards/${kind}/${id}.png`)), alt: [text.kicker, text.title, text.site].filter(Boolean).join(' — ') };
}

export const storyCard = (site: Site, edition: Edition, story: StoryView) => cardImage(site, edition, 'stories', story.id);
export const themeCard = (site: Site, edition: Edition, theme: ThemeItem) => cardImage(site, edition, 'themes', theme.id);
