/**
 * What each entry kind means to a reader. The theme pages label entries with
 * these words and the "how this explainer is made" page defines them from the
 * same table, so the label and its definition cannot drift apart.
 */
import type { EntryKind } from '../model/schema.ts';

export interface KindLabel {
  /** Short label shown next to every entry. */
  label: string;
  /** One plain sentence saying what the label promises. */
  definition: string;
}

export const KIND_LABELS: Readonly<Record<EntryKind, KindLabel>> = {
  reporting: {
    label: 'Reported by the source',
    definition: 'Facts the source article reports: what happened, who said what, what was decided.',
  },
  analysis: {
    label: 'The source’s analysis',
    definition: 'The source article’s own interpretation, prediction or judgement. It is the author’s view, not an established fact.',
  },
  context: {
    label: 'Context from the editors',
    definition:
      'Background added by the editors of this explainer to help readers follow the story. It does not come from the source article.',
  },
};

export const KIND_ORDER: readonly EntryKind[] = ['reporting', 'analysis', 'context'];

/** Anchor of a kind's definition on the "how this explainer is made" page. */
export const kindAnchor = (kind: EntryKind): string => `kind-${kind}`;
