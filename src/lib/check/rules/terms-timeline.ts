/**
 * Key terms and timeline items, checked as entries are: the source and
 * paragraphs they cite exist, a quoted definition or sentence is the source's
 * words as written and an editor's wording is not, quotations inside an
 * editor's wording appear in the cited paragraphs, and a cited paragraph that
 * changed since is flagged until confirmed. A confirmed one needs its body (a
 * term's definition, an item's text); a proposed one is a draft, judged by
 * the drafts rule (severity.ts); a rejected one is never shown, so only its
 * schema is checked. Two files for one term would give a reader two
 * definitions: that is an error.
 */
import type { Loaded } from '../../content-files/loaded.ts';
import type { Problem } from '../../model/errors.ts';
import type { Source, Term, TimelineItem } from '../../model/schema.ts';
import { checkCitations, staleCitations, type Noun } from '../check-citations.ts';
import { checkKind } from '../check-kind.ts';
import type { CheckMemo } from '../check-memo.ts';
import { hasSeed, type Found, type TreeIndex } from './tree-index.ts';

interface ProposalFindings {
  errors: Problem[];
  warnings: Problem[];
  drafts: Problem[];
}

interface Sources {
  byId: ReadonlyMap<string, Loaded<Source>>;
  /** Sources with problems of their own, that failed to load or are still to be derived: nothing can be judged against them, and their own error says why. */
  unsound: ReadonlySet<string | undefined>;
}

type Item = Loaded<Term> | Loaded<TimelineItem>;

/** `unsound`: sources with problems of their own (sources.ts). */
export function termsAndTimeline({ tree, sources: byId, failedSources, memo }: TreeIndex, unsound: ReadonlySet<string>): Found {
  // A source that failed to load or is still to be derived has its own error; the items citing it would only repeat it.
  const cannotJudge = new Set([
    ...unsound,
    ...failedSources,
    ...[...tree.terms, ...tree.timeline].flatMap((t) => t.data.source ?? []).filter((slug) => !byId.has(slug) && hasSeed(tree, slug)),
  ]);
  return checkTermsAndTimeline(tree.terms, tree.timeline, { byId, unsound: cannotJudge }, memo);
}

function checkTermsAndTimeline(
  terms: readonly Loaded<Term>[],
  timeline: readonly Loaded<TimelineItem>[],
  sources: Sources,
  memo?: CheckMemo,
): ProposalFindings {
  const found: ProposalFindings = { errors: [], warnings: [], drafts: [] };
  const seen = new Map<string, Loaded<Term>>();
  for (const term of terms) {
    const key = term.data.term.toLocaleLowerCase('en');
    const first = seen.get(key);
    if (first)
      found.errors.push({
        file: term.file,
        line: term.lineOf(['term']),
        field: 'term',
        detail: `expected one file per term, found "${term.data.term}" in ${first.file} too; merge them and delete one`,
      });
    else seen.set(key, term);
    checkRemembered(term, 'term', sources, found, memo);
  }
  for (const item of timeline) {
    const folder = item.id.split('/')[0]!;
    if (item.data.source !== undefined && item.data.source !== folder)
      found.errors.push({
        file: item.file,
        line: item.lineOf(['source']),
        field: 'source',
        detail: `expected "${folder}" (the source folder the file is in), found "${item.data.source}"; move the file to content/timelines/${item.data.source}/`,
      });
    checkRemembered(item, 'timeline item', sources, found, memo);
  }
  return found;
}

/**
 * One item's findings depend on the item and the source it cites alone, when that source is
 * sound: those are kept in `memo` between checks of a tree that changes a file at a time.
 */
function checkRemembered(item: Item, noun: Noun, sources: Sources, found: ProposalFindings, memo: CheckMemo | undefined): void {
  const slug = item.data.source;
  const source = slug === undefined ? undefined : sources.byId.get(slug);
  const judged = slug === undefined || (source !== undefined && !sources.unsound.has(slug));
  if (!memo || !judged) return checkOne(item, noun, sources, found);
  const own = memo.about(item, 'proposal', source, () => {
    const alone: ProposalFindings = { errors: [], warnings: [], drafts: [] };
    checkOne(item, noun, sources, alone);
    return alone;
  });
  found.errors.push(...own.errors);
  found.warnings.push(...own.warnings);
  found.drafts.push(...own.drafts);
}

function checkOne(item: Item, noun: Noun, { byId, unsound }: Sources, found: ProposalFindings): void {
  const { status, source: slug } = item.data;
  if (status === 'rejected') return;
  const name = 'term' in item.data ? `"${item.data.term}"` : `of ${item.data.date}`;
  if (status === 'proposed')
    found.drafts.push({
      file: item.file,
      line: item.lineOf(['status']),
      field: 'status',
      detail: `proposed ${noun} ${name} is a draft; ${item.body.trim() ? 'check' : 'write'} its ${noun === 'term' ? 'definition' : 'text'} against the source, then delete the status line (or write "status: rejected")`,
    });
  else if (!item.body.trim())
    found.errors.push({
      file: item.file,
      line: item.bodyLine,
      detail: `expected ${noun === 'term' ? 'a definition' : 'the text of the event'} below the frontmatter, found none; write it, or set "status: proposed" until it is written`,
    });
  if (slug === undefined) return;
  const source = byId.get(slug);
  if (unsound.has(slug)) return;
  if (!source) {
    found.errors.push({
      file: item.file,
      line: item.lineOf(['source']),
      field: 'source',
      detail: `expected one of ${[...byId.keys()].join(', ') || '(no sources)'}, found "${slug}"`,
    });
    return;
  }
  found.errors.push(...checkCitations(item, source));
  if (item.body.trim()) found.errors.push(...checkKind(item, source, noun));
  found.warnings.push(...staleCitations(item, source, noun));
}
