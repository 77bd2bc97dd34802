/** Curly quotes, primes and dashes, which compare as their plain forms; most texts have none. */
const TYPOGRAPHIC = /[\u2010-\u2015\u2018-\u201F\u2032\u2033\u2212]/;

/** For comparing quotations: curly and straight quotes, dashes and spaces are equal. */
export function normaliseForQuote(text: string): string {
  let normal = text.normalize('NFC');
  if (TYPOGRAPHIC.test(normal))
    normal = normal
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-');
  return normal.replace(/\s+/g, ' ').trim();
}
