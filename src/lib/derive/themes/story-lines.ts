/** What derive says about where a new article went: one line per article it filed this run. */
import type { StoryDecision } from './decide-stories.ts';
import type { NewStory } from './story-file.ts';

const two = (n: number): string => n.toFixed(2);

export function decisionLine(
  seedFile: string,
  decision: StoryDecision,
  created: readonly NewStory[],
  threshold: number,
): string | undefined {
  if (!decision.fresh) return undefined;
  const { story, how, fits = [], replaces } = decision;
  const [best, next] = fits;
  if (how === 'version') return `${seedFile}: the newer version of content/sources/${replaces}.yaml, in the story "${story}"`;
  if (how === 'named') return `${seedFile}: the story "${story}", as its metadata says`;
  if (how === 'fit')
    return `${seedFile}: a follow-up of the story "${story}" (likeness ${two(best!.likeness)}; ${threshold} or more joins a story${next ? `; next: ${next.story}, ${two(next.likeness)}` : ''})`;
  if (how !== 'new') return undefined;
  const file = `content/stories/${story}.md`;
  const draft = created.some((s) => s.slug === story && s.proposed);
  if (best)
    return `${seedFile}: a new story, ${file}: it fits no story here (closest: ${best.story}, likeness ${two(best.likeness)}, below ${threshold})`;
  return `${seedFile}: a new story, ${file}${draft ? '' : ', the one this site already told'}`;
}
