/**
 * JSON-LD as the text of a `<script type="application/ld+json">` data block.
 * The HTML parser ends a script at `</script` and treats `<!--` specially
 * inside it, whatever the type; JSON allows `<`, `>` and `&` to be written as
 * `\u` escapes, so none of them is ever written literally and no text an
 * editor wrote can close the block or start markup. U+2028 and U+2029 are
 * escaped too, for readers that treat the block as JavaScript.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Compact JSON (no spaces: every byte counts toward the page's budget), safe inside a script element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(UNSAFE, escape);
}
