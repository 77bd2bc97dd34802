/**
 * A story's home page and a question's page as schema.org Articles: the
 * editors' headline and answer, when the page was first dated and last
 * changed, the articles it is based on, the paragraphs it cites, its
 * corrections, its translations and who publishes it. Every value comes
 * from the content; what the content does not record is left out.
 */
import { known, publisherData, type Newsroom } from './publisher.ts';
import { sourceWorkData, type SourceWorkFacts } from './source-work.ts';

export interface CorrectionFacts {
  date: string;
  /** The correction as readers see it: what was wrong and what is right. */
  text: string;
  /** Where it is on the page, absolute. */
  url: string;
}

/** Another language's page of the same article. */
export interface EditionPage {
  url: string;
  inLanguage: string;
  headline?: string | undefined;
}

export interface ArticleFacts {
  /** The page, absolute. */
  url: string;
  headline: string;
  /** The editors' answer or standfirst. */
  description: string;
  inLanguage: string;
  /** The earliest date among what the page shows (its entries' dates). */
  datePublished?: string | undefined;
  /** The latest change: an entry updated or corrected. */
  dateModified?: string | undefined;
  /** The source articles it is based on. */
  sources: readonly SourceWorkFacts[];
  /** The cited paragraphs' addresses, absolute. */
  citations: readonly string[];
  corrections: readonly CorrectionFacts[];
  /** On an edition's page: the original it translates. */
  translationOf?: EditionPage | undefined;
  /** On the original: its translations. */
  translations: readonly EditionPage[];
  /** The social card, absolute. */
  image?: string | undefined;
  newsroom: Newsroom;
}

const editionData = (page: EditionPage) =>
  known({ '@type': 'Article', '@id': page.url, url: page.url, inLanguage: page.inLanguage, headline: page.headline });

export function articleData(facts: ArticleFacts): Record<string, unknown> {
  return known({
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': facts.url,
    url: facts.url,
    mainEntityOfPage: facts.url,
    headline: facts.headline,
    description: facts.description,
    inLanguage: facts.inLanguage,
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    image: facts.image,
    isBasedOn: facts.sources.map(sourceWorkData),
    citation: [...new Set(facts.citations)].map((url) => ({ '@type': 'WebPageElement', url })),
    correction: facts.corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text, url: c.url })),
    translationOfWork: facts.translationOf && editionData(facts.translationOf),
    workTranslation: facts.translations.map(editionData),
    publisher: publisherData(facts.newsroom),
    publishingPrinciples: facts.newsroom.publishingPrinciples,
  });
}
