/**
 * A source paragraph as readers see it. Articles copied from the web often
 * end a paragraph with the text of links whose addresses were lost ("Find
 * more at X. Learn about Y."); derive split those off as further reading.
 * The source page shows the paragraph without them, says how many there
 * were, and lists them under Further reading; the search index reads the
 * same text.
 */
import { splitFurtherReading } from '../article/further-reading.ts';

export interface ShownParagraph {
  id: string;
  text: string;
  /** How many link texts were split off its end. */
  links: number;
}

export function shownParagraphs(
  paragraphs: readonly { id: string; text: string }[],
  furtherReading: readonly { paragraph: string }[],
): ShownParagraph[] {
  return paragraphs.map(({ id, text }) => {
    const links = furtherReading.filter((item) => item.paragraph === id).length;
    return { id, text: links > 0 ? splitFurtherReading(text).body : text, links };
  });
}
