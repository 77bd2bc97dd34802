/**
 * The newsroom behind the site as schema.org says it: an Organization with
 * the site's name and home page, and the policies `content/site.yaml` names.
 * A setting that is not given is left out, never filled in.
 */

/** What the site's settings say about the newsroom. */
export interface Newsroom {
  /** The site's name. */
  name: string;
  /** The site's home page, absolute. */
  url: string;
  contact?: string | undefined;
  correctionsPolicy?: string | undefined;
  publishingPrinciples?: string | undefined;
}

/** Drops the keys whose value is undefined or an empty list, so the JSON says only what is known. */
export function known<T extends Record<string, unknown>>(data: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<T>;
}

export function publisherData(newsroom: Newsroom): Record<string, unknown> {
  const email = newsroom.contact && !/^https?:/.test(newsroom.contact) ? newsroom.contact : undefined;
  return known({
    '@type': 'Organization',
    name: newsroom.name,
    url: newsroom.url,
    email,
    publishingPrinciples: newsroom.publishingPrinciples,
    correctionsPolicy: newsroom.correctionsPolicy,
  });
}
