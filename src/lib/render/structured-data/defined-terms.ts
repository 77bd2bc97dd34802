/**
 * The key terms page as a DefinedTermSet: each term with its definition and its place on the page, in
 * the page's language; a definition in another (not translated yet) is a language-tagged JSON-LD string.
 */
import { decodeHTML } from 'entities';
import { known } from './publisher.ts';

/** A rendered definition as the plain text a DefinedTerm's description holds. */
export const plainText = (html: string): string =>
  decodeHTML(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/\s([.,;:!?])/g, '$1')
    .trim();

export interface DefinedTermFacts {
  term: string;
  expansion?: string | undefined;
  /** The definition as plain text. */
  definition: string;
  /** The definition's language, where it is not the set's (an edition's term not translated yet): tagged so. */
  definitionLanguage?: string | undefined;
  /** The term's place on the page, absolute. */
  url: string;
}

export function definedTermSetData(page: { name: string; url: string; inLanguage: string }, terms: readonly DefinedTermFacts[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': page.url,
    name: page.name,
    url: page.url,
    inLanguage: page.inLanguage,
    hasDefinedTerm: terms.map((t) =>
      known({
        '@type': 'DefinedTerm',
        name: t.term,
        alternateName: t.expansion,
        description: t.definitionLanguage ? { '@value': t.definition, '@language': t.definitionLanguage } : t.definition,
        url: t.url,
        inDefinedTermSet: page.url,
      }),
    ),
  };
}
