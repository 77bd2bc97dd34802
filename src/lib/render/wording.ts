/**
 * What the site says about its own content, composed from the interface
 * catalogue (src/lib/content-files/interface-catalogue.ts and each edition's
 * translation of it): the labels that tell a reader who wrote a line (the
 * source, the editors, a translator) with what their definitions promise,
 * the names of links that must make sense out of context, and the few
 * sentences the site generates about itself. The theme pages, the home page
 * and the "how this explainer is made" page all take their words from here,
 * so a label and its definition cannot drift apart.
 */
import type { EntryKind } from '../model/schema.ts';
import type { Interface } from './interface.ts';

export interface Label {
  /** Short label shown next to what it labels. */
  label: string;
  /** One plain sentence saying what the label promises. */
  definition: string;
}

/** Every label: the entry kinds, the editors' own words, and a translation of a quotation (in an edition). */
export type LabelName = EntryKind | 'editors' | 'translation';

export const KIND_ORDER: readonly EntryKind[] = ['quote', 'reporting', 'analysis', 'context'];

export function label(ui: Interface, name: LabelName): Label {
  return { label: ui.t(`label.${name}`), definition: ui.t(`label.${name}.definition`) };
}

/** Anchor of a label's definition on the "how this explainer is made" page. */
export const kindAnchor = (kind: LabelName): string => `kind-${kind}`;

/** "paragraph 3" from "p3". */
export const paragraphLabel = (ui: Interface, id: string): string => ui.t('cite.paragraph', { n: id.slice(1) });

/**
 * The name of a link to a source paragraph, whole out of context: "Source,
 * paragraph 5". A site of several sources names the source, so two links
 * with the same words never lead to different paragraphs.
 */
export const sourceLinkText = (ui: Interface, paragraph: string, sourceTitle?: string): string =>
  sourceTitle
    ? ui.t('cite.namedSourceParagraph', { source: sourceTitle, n: paragraph.slice(1) })
    : ui.t('cite.sourceParagraph', { n: paragraph.slice(1) });

/** A run of consecutive paragraph numbers, `from` to `to` (the same for one paragraph), and the id of its first. */
export interface ParagraphRun {
  from: number;
  to: number;
  first: string;
}

/** Paragraph ids (`p4`, `p2`, `p3`) as runs of consecutive numbers, in reading order: 2–4. */
export function paragraphRuns(ids: readonly string[]): ParagraphRun[] {
  const numbers = [...new Set(ids.map((id) => Number(id.slice(1))))].sort((a, b) => a - b);
  const runs: ParagraphRun[] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && last.to === n - 1) last.to = n;
    else runs.push({ from: n, to: n, first: `p${n}` });
  }
  return runs;
}

/**
 * The compact citation of a run, as shown ("Source ¶1–3"; later runs of the
 * same source "¶5"), and its link's name, whole out of context ("Source,
 * paragraphs 1 to 3"). A site of several sources names the source instead.
 */
export function citationText(
  ui: Interface,
  run: ParagraphRun,
  sourceTitle: string | undefined,
  first: boolean,
): { shown: string; name: string } {
  const range = run.from === run.to ? String(run.from) : `${run.from}–${run.to}`;
  const shown = !first
    ? `¶${range}`
    : sourceTitle
      ? ui.t('cite.namedShort', { source: sourceTitle, range })
      : ui.t('cite.short', { range });
  const name =
    run.from === run.to
      ? sourceLinkText(ui, run.first, sourceTitle)
      : sourceTitle
        ? ui.t('cite.namedSourceParagraphs', { source: sourceTitle, from: run.from, to: run.to })
        : ui.t('cite.sourceParagraphs', { from: run.from, to: run.to });
  return { shown, name };
}

/** Why further reading is, or is not, linked. */
export function furtherReadingNote(ui: Interface, linked: number, total: number): string {
  const state = linked === total ? 'source.furtherAll' : linked > 0 ? 'source.furtherSome' : 'source.furtherNone';
  return `${ui.t('source.furtherLost')} ${ui.t(state)}`;
}

/** The home page's one-line description, built from the shape of the content so it fits any explainer without naming its topic. */
export const homeDek = (ui: Interface, themeCount: number, sourceCount: number): string =>
  ui.t('home.dek', { questions: themeCount, sources: sourceCount });

/**
 * The document title: the page's own title, then the site's name, both whole.
 * Nothing is cut: a title shortened to fit a browser tab loses the words that
 * matter, and browsers and search engines shorten long titles themselves.
 */
export const pageTitle = (ui: Interface, page: string, site: string): string => (page === site ? page : ui.t('page.title', { page, site }));

/**
 * A story home page's headline: the story's headline, unless that is its
 * article's own headline, which belongs to the source page; then it says
 * what this page is, an explainer of that story.
 */
export const storyHeadline = (ui: Interface, headline: string, isArticleTitle: boolean): string =>
  isArticleTitle ? ui.t('home.headline', { story: headline }) : headline;
