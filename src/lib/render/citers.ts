/**
 * Every place on the site that rests on a source paragraph, so the source
 * page can list, under each paragraph, all of them: the entries that cite
 * it, the theme pages whose question, answer or introduction cite it, and the
 * home page, which shows the lead and each theme's citations.
 */
import type { Citation } from '../model/schema.ts';

export interface Citer {
  /** What a reader sees as the link's text. */
  title: string;
  /** Site path relative to the base: `themes/<theme>/#<slug>`, `themes/<theme>/`, `` for the home page. */
  path: string;
}

export interface CitingContent {
  entries: readonly { title: string; path: string; source: string; paragraphs: readonly string[] }[];
  themes: readonly { question: string; path: string; cites: readonly Citation[] }[];
  /** The home page's title for readers and what it shows: the lead's paragraphs and every theme's citations. */
  home: { title: string; lead: Citation | undefined };
}

/** `<source>#<paragraph>` → the places that cite it, in page order: home, then themes, then entries. */
export function citersOf({ entries, themes, home }: CitingContent): Map<string, Citer[]> {
  const citers = new Map<string, Citer[]>();
  const add = (source: string, paragraph: string, citer: Citer) => {
    const key = `${source}#${paragraph}`;
    const list = citers.get(key);
    if (!list) citers.set(key, [citer]);
    else if (!list.some((c) => c.path === citer.path)) list.push(citer);
  };
  const homeCiter = { title: home.title, path: '' };
  for (const p of home.lead?.paragraphs ?? []) add(home.lead!.source, p, homeCiter);
  for (const theme of themes) for (const { source, paragraphs } of theme.cites) for (const p of paragraphs) add(source, p, homeCiter);
  for (const theme of themes) {
    for (const { source, paragraphs } of theme.cites)
      for (const p of paragraphs) add(source, p, { title: theme.question, path: theme.path });
  }
  for (const entry of entries) for (const p of entry.paragraphs) add(entry.source, p, { title: entry.title, path: entry.path });
  return citers;
}
