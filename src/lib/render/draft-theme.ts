/**
 * What readers of a preview are told about a draft theme: one derive proposed
 * from the article's words, which no editor has confirmed. Such a theme never
 * reaches the deployed site (check refuses it under CI outside a pull-request
 * preview), so this wording is for maintainers reviewing the grouping.
 */
export const DRAFT_THEME_NOTICE =
  'Draft theme. This grouping was proposed automatically from the words of the source article; an editor has not yet written its question and summary, or confirmed which entries belong here.';

/** Stands in for a draft theme's missing summary on the home page and in page descriptions. */
export const DRAFT_THEME_SUMMARY = 'Draft theme: its summary is not written yet.';
