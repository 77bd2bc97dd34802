/**
 * Where a reader's report of an error goes, with no script: the newsroom's
 * contact from content/site.yaml, as a `mailto:` link whose subject names the
 * page (and the entry) and whose body gives the page's address, or, when the
 * contact is a web address (a form), that address as it is.
 */

const isWebAddress = (contact: string): boolean => /^https?:\/\//i.test(contact);

/** The newsroom's contact as a link, with nothing filled in. */
export function contactHref(contact: string): string {
  return isWebAddress(contact) ? contact : `mailto:${contact}`;
}

/** A link that reports an error on one page, or on one entry of it. */
export function reportHref(contact: string, message: { subject: string; body: string }): string {
  if (isWebAddress(contact)) return contact;
  // RFC 6068: the address and each header are percent-encoded; a space must be %20, never "+".
  return `mailto:${contact}?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}`;
}
