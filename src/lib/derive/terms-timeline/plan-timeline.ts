/**
 * The timeline items derive proposes: one file per sentence and absolute
 * date in it, `timelines/<source>/<date>-<first words>.md`, whose body is the
 * sentence as written (`kind: quote`), citing its paragraph. All are drafts
 * (`status: proposed`) until an editor confirms them, and each says why it
 * was proposed (`why:`); only those within the article's room for drafts
 * are proposed (rank-drafts.ts). Pure: no file system.
 */
import type { Seed } from '../../article/seeds.ts';
import type { TimelineItemInput } from '../../model/schema.ts';
import { escapeMarkdownText } from '../../text/markdown-text.ts';
import { slugify, uniqueSlugger } from '../../text/slug.ts';
import { seedDrafts, type DraftsOptions } from './rank-drafts.ts';
import type { PlannedFile } from '../plan/plan.ts';

const WORDS_IN_NAME = 6;

export function planTimeline(seed: Seed, drafts: DraftsOptions = {}): PlannedFile<TimelineItemInput>[] {
  const unique = uniqueSlugger();
  const planned: PlannedFile<TimelineItemInput>[] = [];
  // Files are named in article order, so a ranking that changes never renames one.
  const kept = seedDrafts(seed, drafts)
    .dates.filter((d) => d.kept)
    .sort((a, b) => a.position - b.position);
  for (const { date, sentence, paragraph, why } of kept) {
    const words = slugify(sentence).split('-').slice(0, WORDS_IN_NAME).join('-');
    planned.push({
      path: `timelines/${seed.slug}/${unique(`${date}-${words}`)}.md`,
      data: {
        date,
        kind: 'quote',
        status: 'proposed',
        why,
        source: seed.slug,
        paragraphs: [paragraph.id],
        cited: { [paragraph.id]: paragraph.hash },
      },
      body: escapeMarkdownText(sentence),
    });
  }
  return planned;
}
