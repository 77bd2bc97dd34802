/**
 * Renders a content diff as Markdown for a pull-request comment: a one-line
 * summary, then entries per theme, themes, sources, corrections, entries
 * left stale, seeds, and the preview paths of the pages to review.
 */
import type { ContentDiff } from './content-diff.ts';
import type { Changed, DocRef } from './doc-changes.ts';
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
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function changes({ fields, words }: Changed): string {
  const parts = fields.length > 0 ? [`fields ${fields.join(', ')}`] : [];
  if (words.added > 0 || words.removed > 0) parts.push(`body +${words.added} −${words.removed} words`);
  return parts.join('; ');
}

function counts(label: string, groups: Record<string, number>): string | undefined {
  const parts = Object.entries(groups)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  return parts.length > 0 ? `${label}: ${parts.join(', ')}` : undefined;
}

export function diffMarkdown(diff: ContentDiff, { ref, base }: DiffMarkdownOptions): string {
  const sum = (pick: (t: ContentDiff['entries'][number]) => unknown[]) => diff.entries.reduce((n, t) => n + pick(t).length, 0);
  const summary = [
    counts('Entries', { added: sum((t) => t.added), removed: sum((t) => t.removed), changed: sum((t) => t.changed) }),
    counts('Themes', { added: diff.themes.added.length, removed: diff.themes.removed.length, changed: diff.themes.changed.length }),
    counts('Sources', { added: diff.sources.added.length, removed: diff.sources.removed.length, changed: diff.sources.changed.length }),
    counts('Corrections', { added: diff.corrections.length }),
    counts('Seeds', { added: diff.seeds.added.length, removed: diff.seeds.removed.length, changed: diff.seeds.changed.length }),
    counts('Entries to re-read', { stale: diff.stale.length }),
  ].filter(Boolean);
  const lines = [`## Content changes since \`${ref}\``, ''];
  if (summary.length === 0) return [...lines, 'No changes to content/ or seeds/.', ''].join('\n');
  lines.push(`${summary.join('. ')}.`);

  if (diff.entries.length > 0) lines.push('', '### Entries');
  for (const theme of diff.entries) {
    lines.push('', `#### ${escape(theme.title)} (\`${theme.theme}\`)`, '');
    for (const entry of theme.added) lines.push(`- Added: ${named(entry)}`);
    for (const entry of theme.removed) lines.push(`- Removed: ${named(entry)}`);
    for (const entry of theme.changed) lines.push(`- Changed: ${named(entry)}: ${changes(entry)}`);
  }
  const { themes, sources, corrections, seeds } = diff;
  section(lines, 'Themes', [
    ...themes.added.map((t) => `- Added: ${named(t)}`),
    ...themes.removed.map((t) => `- Removed: ${named(t)}`),
    ...themes.changed.map((t) => `- Changed: ${named(t)}: ${changes(t)}`),
  ]);
  section(lines, 'Sources', [
    ...sources.added.map((s) => `- Added: ${named(s)}`),
    ...sources.removed.map((s) => `- Removed: ${named(s)}`),
    ...sources.changed.map((s) => {
      const { added, removed, changed } = s.paragraphs;
      const parts = Object.entries({ changed, added, removed })
        .filter(([, ids]) => ids.length > 0)
        .map(([what, ids]) => `${plural(ids.length, 'paragraph')} ${what} (${ids.join(', ')})`);
      if (s.fields.length > 0) parts.push(`fields ${s.fields.join(', ')}`);
      return `- Changed: ${named(s)}: ${parts.join('; ')}`;
    }),
  ]);
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
    ...seeds.added.map((p) => `- Added: \`${p}\``),
    ...seeds.removed.map((p) => `- Removed: \`${p}\``),
    ...seeds.changed.map((p) => `- Changed: \`${p}\``),
  ]);
  section(
    lines,
    'Pages to review',
    pagesTouched(diff).map((page) => `- \`${withBase(base, page)}\``),
  );
  return [...lines, ''].join('\n');
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length > 0) lines.push('', `### ${title}`, '', ...items);
}
