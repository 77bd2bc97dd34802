/**
 * Which story the home page leads with when the site explains several
 * articles: the source `content/site.yaml` names under `lead`, else the most
 * recently published one (a source without a `published` date counts as
 * older than any with one; ties go by slug). The others are the further
 * stories, newest first; a retired source is neither. The header, the page
 * title, the lead paragraphs and the credit all come from the one story
 * chosen here.
 */
/**
 * How many further stories the home page names, newest first: every source is
 * one link away (sources/), so the home page's weight does not grow with the
 * number of articles.
 */
export const FURTHER_STORIES = 5;

export interface Story {
  id: string;
  data: { published?: string | undefined; retired?: object | undefined };
}

export interface Stories<T extends Story> {
  lead: T | undefined;
  further: T[];
}

function newestFirst(a: Story, b: Story): number {
  const [x, y] = [a.data.published ?? '', b.data.published ?? ''];
  if (x !== y) return x < y ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function leadStory<T extends Story>(sources: readonly T[], chosen?: string): Stories<T> {
  // A retired source (its article left seeds/) is kept for what cites it, never as a story.
  const ordered = sources.filter((s) => !s.data.retired).sort(newestFirst);
  const lead = ordered.find((s) => s.id === chosen) ?? ordered[0];
  return { lead, further: ordered.filter((s) => s !== lead) };
}
