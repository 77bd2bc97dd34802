/**
 * The home page's one-line description, built from the shape of the content
 * so it fits any explainer without naming its topic.
 */
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

const count = (n: number, singular: string, plural: string): string => `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? singular : plural}`;

export function homeDek(themeCount: number, sourceCount: number): string {
  const sources = sourceCount === 1 ? 'the source article' : 'the source articles';
  return `The story in ${count(themeCount, 'question', 'questions')}. Every answer links to the paragraph of ${sources} it comes from.`;
}
