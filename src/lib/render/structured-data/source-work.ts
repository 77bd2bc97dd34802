/**
 * A source article's page as the work it copies: a NewsArticle with what its
 * seed's metadata records (headline, author, publisher, date, original
 * address, licence), never more. The copy on this site is where the work is
 * archived (`archivedAt`).
 */
import { known } from './publisher.ts';

export interface SourceWorkFacts {
  title: string;
  /** The source page on this site, absolute. */
  page: string;
  /** The language the article is written in. */
  inLanguage: string;
  publisher?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  licence?: string | undefined;
}

/** The work itself, as an article's `isBasedOn` names it too. */
export function sourceWorkData(source: SourceWorkFacts): Record<string, unknown> {
  return known({
    '@type': 'NewsArticle',
    headline: source.title,
    inLanguage: source.inLanguage,
    author: source.author === undefined ? undefined : { '@type': 'Person', name: source.author },
    publisher: source.publisher === undefined ? undefined : { '@type': 'Organization', name: source.publisher },
    datePublished: source.published,
    url: source.url,
    license: source.licence,
    archivedAt: source.page,
  });
}

/** The JSON-LD of a source page. */
export function sourcePageData(source: SourceWorkFacts): Record<string, unknown> {
  return { '@context': 'https://schema.org', ...sourceWorkData(source) };
}
