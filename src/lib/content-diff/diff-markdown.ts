/**
 * Renders a content diff as Markdown for a pull-request comment: a one-line
 * summary, then entries per theme, themes, sources, key terms, the timeline,
 * translations per language, the site's settings, corrections, entries left
 * stale, seeds, and the preview paths of the pages to review, in the
 * content's language and then in each edition.
 */
import type { ContentDiff, Following, Listed } from './content-diff.ts';
import type { Changed, DocRef, ItemRef } from './doc-changes.ts';
import { pagesTouched } from './touched-pages.ts';
import { withBase } from '../render/url.ts';

export interface DiffMarkdownOptions {
  /** The git ref compared with, named in the heading. */
  ref: string;
  /** The base path previews are served under, e.g. `/pr-42/`. */
  base: string;
}

/** Backslash-escapes what Markdown would otherwise format in a title or quote. */
const escape = (text: string): string => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
const named = ({ title, slug }: DocRef): string => `**${escape(title)}** (\`${slug}\`)`;
/** What each kind of file following a renamed source is called, in the singular. */
const FOLLOWERS: Record<keyof Following, string> = { entries: 'entry', themes: 'theme', terms: 'key term', timeline: 'timeline item' };
const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.replace(/y$/, 'ie')}${n === 1 ? '' : 's'}`;

function changes({ fields, words, statusChange }: Changed): string {
  const parts = statusChange ? [`status ${statusChange.was} → ${statusChange.now}`] : [];
  if (fields.length > 0) parts.push(`fields ${fields.join(', ')}`);
  if (words.added > 0 || words.removed > 0) parts.push(`body +${words.added} −${words.removed} words`);
  return parts.join('; ');
}

function counts(label: string, groups: Record<string, number>): string | undefined {
  const parts = Object.entries(groups)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  return parts.length > 0 ? `${label}: ${parts.join(', ')}` : undefined;
}

const sized = <R>({ added, removed, changed }: Listed<R>) => ({ added: added.length, removed: removed.length, changed: changed.length });

function summary(diff: ContentDiff): string[] {
  const sum = (pick: (t: ContentDiff['entries'][number]) => unknown[]) => diff.entries.reduce((n, t) => n + pick(t).length, 0);
  const { sources, translations } = diff;
  return [
    counts('Stories', sized(diff.stories)),
    counts('Entries', {
      added: sum((t) => t.added),
      removed: sum((t) => t.removed),
      changed: sum((t) => t.changed),
      moved: sum((t) => t.moved),
    }),
    counts('Themes', sized(diff.themes)),
    counts('Sources', {
      added: sources.added.length,
      removed: sources.removed.length,
      changed: sources.changed.length,
      renamed: sources.renamed.length,
    }),
    counts('Key terms', sized(diff.terms)),
    counts('Timeline items', sized(diff.timeline)),
    counts('Translations', {
      added: translations.reduce((n, t) => n + t.added.length, 0),
      removed: translations.reduce((n, t) => n + t.removed.length, 0),
      changed: translations.reduce((n, t) => n + t.changed.length, 0),
    }),
    counts('Site settings', { changed: diff.site.length }),
    counts('Corrections', { added: diff.corrections.length }),
    counts('Seeds', {
      added: diff.seeds.added.length,
      removed: diff.seeds.removed.length,
      changed: diff.seeds.changed.length,
      renamed: diff.seeds.renamed.length,
    }),
    counts('Entries to re-read', { stale: diff.stale.length }),
  ].filter((line): line is string => line !== undefined);
}

export function diffMarkdown(diff: ContentDiff, { ref, base }: DiffMarkdownOptions): string {
  const lines = [`## Content changes since \`${ref}\``, ''];
  const said = summary(diff);
  if (said.length === 0) return [...lines, 'No changes to content/ or seeds/.', ''].join('\n');
  lines.push(`${said.join('. ')}.`);
  section(lines, 'Stories', listItems(diff.stories, named));
  entrySections(diff, lines);
  const { themes, sources, corrections, seeds } = diff;
  section(lines, 'Themes', listItems(themes, named));
  section(lines, 'Sources', [
    ...sources.renamed.map(({ from, to, following, change }) => {
      const who = (Object.keys(FOLLOWERS) as (keyof Following)[]).flatMap((kind) =>
        following[kind] > 0 ? [plural(following[kind], FOLLOWERS[kind])] : [],
      );
      const one = Object.values(following).reduce((n, count) => n + count, 0) === 1;
      const follow = who.length > 0 ? `; ${who.join(', ').replace(/, ([^,]*)$/, ' and $1')} ${one ? 'follows' : 'follow'} it` : '';
      return `- Renamed: ${named(to)} from \`${from}\`${follow}${change ? `; ${sourceParts(change).join('; ')}` : ''}`;
    }),
    ...listItems({ added: sources.added, removed: sources.removed, changed: [] }, named),
    ...sources.changed.map((s) => `- ${s.fields.includes('retired') ? 'Retired' : 'Changed'}: ${named(s)}: ${sourceParts(s).join('; ')}`),
  ]);
  section(lines, 'Key terms', listItems(diff.terms, drafted));
  section(lines, 'Timeline items', listItems(diff.timeline, drafted));
  for (const language of diff.translations)
    section(
      lines,
      `Translations (\`${language.language}\`)`,
      listItems(language, (t) => `${drafted(t)} at \`${t.path}\``),
    );
  section(lines, 'Site settings', diff.site.length > 0 ? [`- Changed in \`content/site.yaml\`: ${diff.site.join(', ')}`] : []);
  section(
    lines,
    'Corrections',
    corrections.map((c) => `- ${named(c.entry)} in \`${c.entry.theme}\`, ${c.date}: “${escape(c.wrong)}” → “${escape(c.right)}”`),
  );
  section(
    lines,
    'Entries to re-read',
    diff.stale.map((e) => `- ${named(e)} in \`${e.theme}\`: cites ${e.source} ${e.changed.join(', ')}, which changed`),
  );
  section(lines, 'Seeds', [
    ...seeds.renamed.map(({ from, to }) => `- Renamed: \`${from}\` → \`${to}\``),
    ...seeds.added.map((p) => `- Added: \`${p}\``),
    ...seeds.removed.map((p) => `- Removed: \`${p}\``),
    ...seeds.changed.map((p) => `- Changed: \`${p}\``),
  ]);
  pageSections(diff, base, lines);
  return [...lines, ''].join('\n');
}

function entrySections(diff: ContentDiff, lines: string[]): void {
  if (diff.entries.length > 0) lines.push('', '### Entries');
  for (const theme of diff.entries) {
    lines.push('', `#### ${escape(theme.title)} (\`${theme.theme}\`)`, '');
    for (const entry of theme.added) lines.push(`- Added: ${named(entry)}`);
    for (const entry of theme.moved)
      lines.push(`- Moved here from \`${entry.from}\`: ${named(entry)}${entry.change ? `: ${changes(entry.change)}` : ''}`);
    for (const entry of theme.removed) lines.push(`- Removed: ${named(entry)}`);
    for (const entry of theme.changed) lines.push(`- Changed: ${named(entry)}: ${changes(entry)}`);
  }
}

/** A key term, timeline item or translation, with its status when it is not published (a draft, a machine translation). */
const drafted = (ref: ItemRef): string => `${named(ref)}${ref.status === 'published' ? '' : ` (${ref.status})`}`;

function listItems<R extends DocRef>(list: Listed<R>, name: (ref: R) => string): string[] {
  return [
    ...list.added.map((r) => `- Added: ${name(r)}`),
    ...list.removed.map((r) => `- Removed: ${name(r)}`),
    ...list.changed.map((r) => `- Changed: ${name(r)}: ${changes(r)}`),
  ];
}

function sourceParts(s: ContentDiff['sources']['changed'][number]): string[] {
  const { added, removed, changed } = s.paragraphs;
  const parts = Object.entries({ changed, added, removed })
    .filter(([, ids]) => ids.length > 0)
    .map(([what, ids]) => `${plural(ids.length, 'paragraph')} ${what} (${ids.join(', ')})`);
  if (s.fields.length > 0) parts.push(`fields ${s.fields.join(', ')}`);
  return parts;
}

function pageSections(diff: ContentDiff, base: string, lines: string[]): void {
  const { pages, editions } = pagesTouched(diff);
  const list = (paths: readonly string[]) => paths.map((page) => `- \`${withBase(base, page)}\``);
  if (pages.length === 0 && editions.every((e) => e.pages.length === 0)) return;
  lines.push('', '### Pages to review');
  if (pages.length > 0) lines.push('', ...list(pages));
  for (const edition of editions)
    if (edition.pages.length > 0) lines.push('', `#### ${escape(edition.name)} (\`${edition.code}\`)`, '', ...list(edition.pages));
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length > 0) lines.push('', `### ${title}`, '', ...items);
}
