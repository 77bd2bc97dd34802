/**
 * Key terms and timeline items in a derive: what it proposes
 * (plan-terms.ts, plan-timeline.ts), against the term and timeline files it
 * read. A file derive wrote and nobody edited follows the seed (updated, or
 * removed once nothing proposes it); a file an editor touched, by
 * confirming, rejecting or rewording it, is kept as it is, like an edited
 * entry. A term an editor already has under another file name is not
 * proposed again.
 *
 * A term is one file across seeds, supplied by the first seed that proposes
 * it; a partial pass (derive-pass.ts) decides only the terms whose files or
 * proposing seeds changed, and reads every seed proposing them.
 */
import type { Seed } from '../../article/seeds.ts';
import type { Existing } from '../existing/existing-files.ts';
import { groupOf, termGroup } from '../existing/groups.ts';
import type { Planned } from '../plan/outcome.ts';
import { planTerms, type PlannedTerm } from './plan-terms.ts';
import { planTimeline } from './plan-timeline.ts';
import type { DraftsOptions } from './rank-drafts.ts';

export interface ProposalInputs {
  /** The seeds this pass read, in reading order. */
  seeds: readonly Seed[];
  /** What each of them proposes (`seedTerms`), by seed file. */
  termsOf: ReadonlyMap<string, PlannedTerm[]>;
  /** The term and timeline files this pass read, by path relative to `content/`; `read` adds to them. */
  files: Map<string, Existing>;
  /** Reads a file the pass has not: the one at a decided term's path, which may name another term since an editor changed it. */
  read: (path: string) => Existing | undefined;
  force: boolean;
  /** The term groups (groups.ts) this pass decides; all of them when absent. */
  decided?: ReadonlySet<string>;
  /** How many drafts each seed proposes (rank-drafts.ts). */
  drafts?: DraftsOptions;
  /** Paths an editor's file moves to this pass (a timeline item following its renamed seed): nothing is proposed there. */
  taken?: ReadonlySet<string>;
}

export interface Proposals {
  planned: Planned[];
  /** Files derive wrote, nobody edited, and nothing proposes any more (all of them with `force`). */
  leftover: string[];
  /** Acronyms proposed without a definition: `<term file>: <seed> <paragraph>`. */
  undefinedTerms: string[];
}

/** The key terms one seed proposes, before the seeds before it take theirs. */
export const seedTerms = (seed: Seed, drafts: DraftsOptions = {}): PlannedTerm[] => planTerms([seed], drafts);

/** The groups of the terms a seed proposes, for the manifest. */
export const termGroups = (terms: readonly PlannedTerm[]): string[] => [...new Set(terms.map((t) => termGroup(t.file.data.term)))];

export function planProposals({ seeds, termsOf, files, read, force, decided, drafts, taken = new Set() }: ProposalInputs): Proposals {
  const isDecided = (group: string | undefined) => !decided || (group !== undefined && decided.has(group));
  // A draft nobody edited is derive's to replace or remove: only a file an editor keeps holds a term's place.
  const removable = (file: Existing) => file.record !== undefined && (file.unedited || force);
  const named = new Map<string, string>();
  for (const [path, file] of files) {
    const term = file.data?.['term'];
    if (path.startsWith('terms/') && typeof term === 'string' && !removable(file)) named.set(term.toLocaleLowerCase('en'), path);
  }
  const supplied = new Map<string, PlannedTerm>();
  for (const seed of seeds)
    for (const term of termsOf.get(seed.file) ?? []) if (!supplied.has(term.file.path)) supplied.set(term.file.path, term);
  const planned: Planned[] = [];
  const undefinedTerms: string[] = [];
  for (const { file, seed, undefinedIn } of [...supplied.values()].sort((a, b) => (a.file.path < b.file.path ? -1 : 1))) {
    if (!isDecided(termGroup(file.data.term))) continue;
    if (!files.has(file.path)) {
      const existing = read(file.path);
      if (existing) files.set(file.path, existing);
    }
    const elsewhere = named.get(String(file.data.term).toLocaleLowerCase('en'));
    if (elsewhere !== undefined && elsewhere !== file.path) continue;
    planned.push({ file, seedFile: seed.file, seedHash: seed.hash });
    if (undefinedIn && !files.has(file.path)) undefinedTerms.push(`content/${file.path}: ${undefinedIn}`);
  }
  for (const seed of seeds)
    for (const file of planTimeline(seed, drafts))
      if (!taken.has(file.path)) planned.push({ file, seedFile: seed.file, seedHash: seed.hash });
  const claimed = new Set(planned.map((p) => p.file.path));
  const leftover = [...files]
    .filter(([path, file]) => !claimed.has(path) && removable(file))
    .filter(([path, file]) => !path.startsWith('terms/') || isDecided(groupOf(path, file)))
    .map(([path]) => path);
  return { planned, leftover, undefinedTerms };
}
