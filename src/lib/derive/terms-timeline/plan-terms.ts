/**
 * The key terms derive proposes: one file per acronym, `terms/<slug>.md`,
 * across every seed (the first seed, in name order, that defines or uses it
 * supplies it). A defined acronym gets its expansion and, as its definition,
 * the sentence that defines it, quoted (`kind: quote`). An acronym used
 * without a definition gets an empty definition for the editor to write
 * (`kind: context`), with the expansion when the article spells it out
 * elsewhere. All are drafts (`status: proposed`) until an editor confirms
 * them, and each says why it was proposed (`why:`); only those within the
 * article's room for drafts are proposed (rank-drafts.ts). Pure: no file
 * system.
 */
import type { Seed } from '../../article/seeds.ts';
import type { TermInput } from '../../model/schema.ts';
import { escapeMarkdownText } from '../../text/markdown-text.ts';
import { slugify } from '../../text/slug.ts';
import { seedDrafts, type DraftsOptions } from './rank-drafts.ts';
import type { PlannedFile } from '../plan/plan.ts';

export interface PlannedTerm {
  file: PlannedFile<TermInput>;
  seed: Seed;
  /** For the report: an acronym the article uses without defining it. */
  undefinedIn?: string;
}

export const termPath = (term: string): string => `terms/${slugify(term)}.md`;

export function planTerms(seeds: readonly Seed[], drafts: DraftsOptions = {}): PlannedTerm[] {
  const planned = new Map<string, PlannedTerm>();
  for (const seed of seeds) {
    const paragraphs = seed.article.sections.flatMap((s) => s.paragraphs);
    const hashes = new Map(paragraphs.map((p) => [p.id, p.hash]));
    const evidence = (id: string) => ({ source: seed.slug, paragraphs: [id], cited: { [id]: hashes.get(id)! } });
    for (const candidate of seedDrafts(seed, drafts).terms) {
      const path = termPath(candidate.acronym);
      if (!candidate.kept || planned.has(path)) continue;
      const { acronym, why } = candidate;
      if ('defined' in candidate) {
        const { expansion, paragraph, sentence } = candidate.defined;
        planned.set(path, {
          seed,
          file: {
            path,
            data: { term: acronym, expansion, kind: 'quote', status: 'proposed', why, ...evidence(paragraph) },
            body: escapeMarkdownText(sentence),
          },
        });
        continue;
      }
      const { paragraph, spelledOut } = candidate.used;
      planned.set(path, {
        seed,
        undefinedIn: `${seed.file} ${paragraph}`,
        file: {
          path,
          data: {
            term: acronym,
            ...(spelledOut && { expansion: spelledOut.expansion }),
            kind: 'context',
            status: 'proposed',
            why,
            ...evidence(spelledOut?.paragraph ?? paragraph),
          },
          body: '',
        },
      });
    }
  }
  return [...planned.values()].sort((a, b) => (a.file.path < b.file.path ? -1 : 1));
}
