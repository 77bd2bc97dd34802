/**
 * What the site says about its own content, in one place: the labels that
 * tell a reader who wrote a line (the source or the editors) and what their
 * definitions promise, the names of links that must make sense out of
 * context, and the few sentences the site generates about itself. The theme
 * pages, the home page and the "how this explainer is made" page all take
 * their words from here, so a label and its definition cannot drift apart,
 * and a translation finds them together.
 */
import type { EntryKind } from '../model/schema.ts';

export interface Label {
  /** Short label shown next to what it labels. */
  label: string;
  /** One plain sentence saying what the label promises. */
  definition: string;
}

export const KIND_LABELS: Readonly<Record<EntryKind, Label>> = {
  quote: {
    label: 'Quoted from the source',
    definition:
      'The source article’s own words, unchanged, shown as a quotation with a link to the paragraph they come from. What they report, predict or judge is the source’s, not the editors’.',
  },
  reporting: {
    label: 'The source’s reporting, summarised',
    definition:
      'Written by the editors in their own words: a summary of facts the source article reports (what happened, who said what, what was decided), with links to the paragraphs it rests on.',
  },
  analysis: {
    label: 'The source’s analysis, summarised',
    definition:
      'Written by the editors in their own words: a summary of the source article’s own interpretation, prediction or judgement, with links to the paragraphs it rests on. It is the author’s view, not an established fact.',
  },
  context: {
    label: 'Context from the editors',
    definition:
      'Background added by the editors of this explainer to help readers follow the story. It is not a summary of the source article.',
  },
};

/** The label on what the editors write outside entries: questions, answers, introductions. */
export const EDITORS_LABEL: Label = {
  label: 'Written by the editors',
  definition:
    'The questions, their short answers and the introductions are written by the editors of this explainer to guide readers through the source. Where they rest on the source, they link to its paragraphs.',
};

export const KIND_ORDER: readonly EntryKind[] = ['quote', 'reporting', 'analysis', 'context'];

/** Anchor of a label's definition on the "how this explainer is made" page. */
export const kindAnchor = (kind: EntryKind | 'editors'): string => `kind-${kind}`;

/** "3" from "p3". */
export const paragraphNumber = (id: string): string => id.slice(1);

export const PARAGRAPH = 'paragraph';

/** "paragraph 3" from "p3". */
export const paragraphLabel = (id: string): string => `${PARAGRAPH} ${paragraphNumber(id)}`;

/**
 * The name of a link to a source paragraph, whole out of context: "Source,
 * paragraph 5". A site of several sources names the source, so two links
 * with the same words never lead to different paragraphs.
 */
export const sourceLinkText = (paragraph: string, sourceTitle?: string): string =>
  sourceTitle ? `“${sourceTitle}”, ${paragraphLabel(paragraph)}` : `Source, ${paragraphLabel(paragraph)}`;

/** Visible part of an entry's permanent link; the entry's title completes its name for screen readers. */
export const PERMALINK = 'Permanent link';
export const permalinkRest = (title: string): string => ` to ${title}`;

/** The rest of the header link's name: the site name may be a source's headline, which also links to the source. */
export const HOME_LINK_REST = ', home page';

/** The button that opens the site's navigation on a phone. */
export const MENU = 'Menu';

/** Where a reader is among a long question's pages. */
export const pageOf = (page: number, pages: number): string => `Page ${page} of ${pages}`;

/** The marker at the top of a corrected entry, and the rest of its name. */
export const CORRECTED = 'Corrected';
export const correctedRest = (title: string): string => ` — read the correction to ${title}`;

/** What the footer promises; only what the site holds itself to. */
export const FOOTER_PROMISE =
  'Quotations from the source are shown as quotations and link to their paragraph; what the editors wrote is labelled as theirs.';

/** What precedes the links to the paragraphs something rests on. */
export const BASED_ON = 'Based on';

/** Said of a fact about a source that its metadata does not give. */
export const NOT_RECORDED = 'not recorded';

/** The facts about a source, in the order a reader asks about them. */
export const SOURCE_FACT_TERMS = {
  publisher: 'Publisher',
  author: 'Author',
  published: 'Published',
  url: 'Original address',
  licence: 'Licence',
  retrieved: 'Copied for this explainer',
} as const;

/** How the source page names the home page among the places that cite a paragraph, and search results say where they are. */
export const HOME_PAGE = 'Home page';
export const SOURCE_ARTICLE = 'Source article';

/** Under a paragraph that ended with the text of links the copy kept without their addresses. */
export const linkTextsNote = (count: number): string =>
  `(The paragraph then gave the text of ${count === 1 ? 'a link' : `${count} links`}, listed under`;

/** Why further reading is, or is not, linked. */
export function furtherReadingNote(linked: number, total: number): string {
  const lost =
    'The original article pointed readers to these. The copy this explainer is based on kept only the text of each link, not its address.';
  if (linked === total) return `${lost} The editors have recorded every address, so each is a link.`;
  if (linked > 0)
    return `${lost} Those whose address the editors have recorded are links; for the rest it is not recorded, and none is guessed.`;
  return `${lost} No address is recorded for any of them, and none is guessed, so they are not links.`;
}

export const ADDRESS_NOT_RECORDED = '(address not recorded)';

export const UPDATES_TITLE = 'Updates and corrections';

/** The updates page's introduction, before its link to the feed. */
export const updatesIntro = (limit: number): string =>
  `What has changed in this explainer, newest first: entries added or revised, and every correction, with what was wrong and what is right. This page lists the ${limit} most recent changes; the`;

export const NO_UPDATES = 'Nothing has changed yet.';

/** The home page's list of the newest few changes, and its link to the rest. */
export const RECENT_UPDATES_TITLE = 'Recent updates and corrections';
export const ALL_UPDATES = 'All updates and corrections';

/** The kicker above the home page's headline. */
export const EXPLAINER = 'Explainer';

/**
 * The home page's headline: the site's name, unless that is the lead story's
 * own headline, which belongs to the source page; then it says what this
 * page is, an explainer of that story.
 */
export const homeHeadline = (siteName: string, leadTitle: string | undefined): string =>
  siteName === leadTitle ? `Explained: ${siteName}` : siteName;

export const LAST_UPDATED = 'Last updated';
export const UPDATED = 'Updated';

/** How many entries a question has, on its home page card. */
export const entryCount = (n: number): string => (n === 1 ? '1 entry' : `${n} entries`);

/** What each item on the updates page and in the feed is. An entry's date says when it was added or last revised, not which. */
export const UPDATE_LABELS = {
  entry: 'Entry added or revised',
  correction: 'Correction',
} as const;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

const count = (n: number, singular: string, plural: string): string => `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? singular : plural}`;

/** The home page's one-line description, built from the shape of the content so it fits any explainer without naming its topic. */
export function homeDek(themeCount: number, sourceCount: number): string {
  const sources = sourceCount === 1 ? 'the source article' : 'the source articles';
  return `The story in ${count(themeCount, 'question', 'questions')}, answered by the editors from ${sources}, whose own words are shown as quotations.`;
}

export const TERMS_TITLE = 'Key terms';
export const TERMS_INTRO =
  'Words and abbreviations used in this explainer, with what they mean. Each is labelled like the entries: a definition quoted from the source, or one the editors wrote.';
/** The rest of a key term's heading when it is an abbreviation: "ICE, short for …". */
export const shortFor = (expansion: string): string => `, short for ${expansion}`;

export const TIMELINE_TITLE = 'Timeline';
export const TIMELINE_INTRO =
  'What happened when, as the sources date it, oldest first. Each event is labelled like the entries: the source’s sentence, quoted, or the editors’ wording, with a link to the paragraph it comes from.';
/** The heading of a theme page's list of the dated events its entries cite. */
export const THEME_TIMELINE = 'Dates in this question';
export const FULL_TIMELINE = 'The whole timeline';

/** What readers of a preview are told about a key term or timeline item derive proposed and no editor has confirmed. */
export const DRAFT_TERM_NOTICE = 'Draft: found in the source automatically; an editor has not yet checked or confirmed this term.';
export const DRAFT_EVENT_NOTICE = 'Draft: found in the source automatically; an editor has not yet checked or confirmed this date.';
export const NO_DEFINITION = 'No definition has been written yet.';
