/**
 * The file derive writes for a story it starts: `content/stories/<slug>.md`.
 * A story for an article that fits no story on the site is a draft
 * (`status: proposed`), its headline the article's own until an editor
 * writes one; the standfirst and what is not known are left for the editor,
 * so no placeholder reaches readers. The story of a site that had questions
 * before it had stories is written as an ordinary story, its headline the
 * one the site already showed, so the site reads as it did.
 */
import { stringifyYaml } from '../../content-files/frontmatter.ts';

export const storyPath = (slug: string): string => `stories/${slug}.md`;

export interface NewStory {
  slug: string;
  headline: string;
  /** A draft for a new article; otherwise the story the site already told. */
  proposed: boolean;
  /** The seed it was started for. */
  seedFile: string;
  /** Why it is new: the story the article came closest to, and how close. */
  closest?: { story: string; likeness: number } | undefined;
}

export function storyFile({ headline, proposed, seedFile, closest }: NewStory, threshold: number): string {
  const why = closest
    ? `fits no story of this site (closest: ${closest.story}, likeness ${closest.likeness.toFixed(2)}; a follow-up needs ${threshold})`
    : 'starts the first story of this site';
  const comment = proposed
    ? [
        `# Proposed by "npm run derive" for ${seedFile}, which ${why}.`,
        '# Write the headline and a standfirst (the news in a sentence or two) in',
        '# your own words, list under notKnown: what the sources do not say, then',
        '# delete the status line. If the article belongs to another story, put',
        `# "story: <that story>" in its metadata file and delete this file.`,
        'status: proposed',
      ]
    : [
        `# Written by "npm run derive" for the questions this site had before it had`,
        '# stories: the headline is the one its home page showed. Write a standfirst',
        '# (the news in a sentence or two) and what is not known, in your own words.',
      ];
  return ['---', stringifyYaml({ headline }).trimEnd(), ...comment, '---', ''].join('\n');
}
