/**
 * The timeline items derive proposes: one file per sentence and absolute
 * date in it, `timelines/<source>/<date>-<first words>.md`, whose body is the
 * sentence as written (`kind: quote`), citing its paragraph. All are drafts
 * (`status: proposed`) until an editor confirms them. Pure: no file system.
 */
import type { Seed } from '../../article/seeds.ts';
import type { TimelineItemInput } from '../../model/schema.ts';
import { escapeMarkdownText } from '../../text/markdown-text.ts';
import { slugify, uniqueSlugger } from '../../text/slug.ts';
import { findDates } from './find-dates.ts';
import type { PlannedFile } from '../plan/plan.ts';

const WORDS_IN_NAME = 6;

export function planTimeline(seed: Seed): PlannedFile<TimelineItemInput>[] {
  const unique = uniqueSlugger();
  const planned: PlannedFile<TimelineItemInput>[] = [];
  for (const paragraph of seed.article.sections.flatMap((s) => s.paragraphs)) {
    for (const { date, sentence } of findDates(paragraph.body)) {
      const words = slugify(sentence).split('-').slice(0, WORDS_IN_NAME).join('-');
      planned.push({
        path: `timelines/${seed.slug}/${unique(`${date}-${words}`)}.md`,
        data: {
          date,
          kind: 'quote',
          status: 'proposed',
          source: seed.slug,
          paragraphs: [paragraph.id],
          cited: { [paragraph.id]: paragraph.hash },
        },
        body: escapeMarkdownText(sentence),
      });
    }
  }
  return planned;
}
