/**
 * The site's view of the collections: themes in order, entries grouped,
 * ordered and split into pages, sources, key terms and the timeline.
 * Computed once per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByStory } from '../lib/render/by-story.ts';
import { latestDate } from '../lib/render/dates.ts';
import { readSiteSettings } from '../lib/content-files/site-settings.ts';
import type { SiteSettings } from '../lib/model/schema.ts';
import { themePagesOf, type Page } from '../lib/render/paginate.ts';
import { resolveStories, type ResolvedStory } from '../lib/content-files/stories.ts';
import { settings as run } from './settings.ts';

export type ThemeItem = CollectionEntry<'themes'>;
export type EntryItem = CollectionEntry<'entries'> & { slug: string };
export type SourceItem = CollectionEntry<'sources'>;
export type TermItem = CollectionEntry<'terms'>;
export type TimelineEntryItem = CollectionEntry<'timeline'> & { slug: string };
export type StoryItem = CollectionEntry<'stories'>;
export type StoryView = ResolvedStory<StoryItem, ThemeItem, SourceItem>;

export interface Site {
  /** Short site name from content/site.yaml, else the headline of the site's (first) story. */
  name: string;
  themes: ThemeItem[];
  sources: SourceItem[];
  /** Each source by id, for the many components that name one. */
  sourceById: Map<string, SourceItem>;
  /** The stories, in front-page order (content/stories/); a site of one story has one. */
  stories: StoryView[];
  /** Whether `/` is a front page of stories, each story's home at stories/<slug>/; otherwise `/` is the one story's home. */
  several: boolean;
  /** Theme id → its story. */
  storyOfTheme: Map<string, StoryView>;
  /** Source id → its story, for its live and retired articles. */
  storyOfSource: Map<string, StoryView>;
  /** The article the first story's home page quotes. */
  lead: SourceItem | undefined;
  entriesByTheme: Map<string, EntryItem[]>;
  /** Each theme's entries split into pages (ENTRIES_PER_PAGE, default 20). */
  themePages: Map<string, Page<EntryItem>[]>;
  /** Entry id → where it is now: its page's path (relative to the base) and `#slug`. */
  entryLocation: Map<string, string>;
  /** Key terms, alphabetically (a rejected one never reaches the store). */
  terms: TermItem[];
  /** Timeline items, oldest first. */
  timeline: TimelineEntryItem[];
  /** Key terms by the story of the source each rests on, in front-page order, then those of no story (key `undefined`); src/lib/render/by-story.ts. */
  termsByStory: Map<string | undefined, TermItem[]>;
  /** Timeline items by story, likewise. */
  timelineByStory: Map<string | undefined, TimelineEntryItem[]>;
  /** The newsroom's settings from content/site.yaml (contact, policies, funding), each undefined when not set. */
  newsroom: Pick<SiteSettings, 'contact' | 'correctionsPolicy' | 'publishingPrinciples' | 'funding'>;
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Site> {
  const themes = (await getCollection('themes')).sort((a, b) => a.data.order - b.data.order);
  const sources = (await getCollection('sources')).sort((a, b) => a.id.localeCompare(b.id));
  const entries = (await getCollection('entries'))
    .map((e) => Object.assign(e, { slug: e.id.split('/').pop()! }))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const themePages = themePagesOf(
    themes.map((t) => t.id),
    entries,
    run.entriesPerPage,
  );
  const entriesByTheme = new Map([...themePages].map(([theme, pages]) => [theme, pages.flatMap((p) => p.items)]));
  const entryLocation = new Map<string, string>();
  for (const pages of themePages.values()) {
    for (const page of pages) for (const entry of page.items) entryLocation.set(entry.id, `${page.path}#${entry.slug}`);
  }
  const settings = readSiteSettings(run.root);
  const stories = resolveStories(await getCollection('stories'), themes, sources, settings).stories;
  const storyOfTheme = new Map(stories.flatMap((s) => s.themes.map((t): [string, StoryView] => [t.id, s])));
  const storyOfSource = new Map(stories.flatMap((s) => [...s.sources, ...s.retired].map((r): [string, StoryView] => [r.id, s])));
  const lead = stories[0]?.lead;
  const name = settings.name ?? stories[0]?.story.data.headline ?? lead?.data.title ?? 'Explainer';
  const terms = (await getCollection('terms')).sort(
    (a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  );
  const timeline = (await getCollection('timeline'))
    .map((item) => Object.assign(item, { slug: item.id.replace('/', '--') }))
    .sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id.localeCompare(b.id)));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const several = stories.length > 1;
  const storyIds = stories.map((s) => s.id);
  const sourceStory = (source: string) => storyOfSource.get(source)?.id;
  return {
    name,
    themes,
    sources,
    sourceById,
    stories,
    several,
    storyOfTheme,
    storyOfSource,
    lead,
    entriesByTheme,
    themePages,
    entryLocation,
    terms,
    timeline,
    termsByStory: groupByStory(terms, storyIds, sourceStory),
    timelineByStory: groupByStory(timeline, storyIds, sourceStory),
    newsroom: {
      contact: settings.contact,
      correctionsPolicy: settings.correctionsPolicy,
      publishingPrinciples: settings.publishingPrinciples,
      funding: settings.funding,
    },
  };
}

/** The last time anything a reader sees changed, on the whole site or in some themes: an entry update or a correction. */
export function lastUpdated(site: Site, theme?: string | readonly string[]): string | undefined {
  const themes = theme === undefined ? [...site.entriesByTheme.keys()] : typeof theme === 'string' ? [theme] : theme;
  const entries = themes.flatMap((t) => site.entriesByTheme.get(t) ?? []);
  return latestDate(entries.flatMap((e) => [e.data.updated, ...e.data.corrections.map((c) => c.date)]));
}
