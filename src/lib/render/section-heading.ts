/**
 * The source's own heading over what an entry quotes or rests on, for its
 * attribution: the editors write the entry's title in their words, and the
 * reader can still tell where in the source it sits ("Source ¶3, under
 * “Detention and Release Policies Under Mamdani”").
 */
interface SourceSection {
  heading: string | null;
  paragraphs: readonly string[];
}

/**
 * The heading of the section that holds the entry's first cited paragraph; none for the text
 * before the first heading, an entry that cites no paragraph, or a title that is the heading as written.
 */
export function sectionHeading(sections: readonly SourceSection[], paragraphs: readonly string[], title: string): string | undefined {
  const first = paragraphs[0];
  const heading = sections.find((s) => first !== undefined && s.paragraphs.includes(first))?.heading ?? undefined;
  return heading === title ? undefined : heading;
}
