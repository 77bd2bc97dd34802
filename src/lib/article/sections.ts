/**
 * What describes an article's sections to the stages that read them: a
 * section's text as derive scores and summarises it (the paragraphs without
 * their further-reading sentences), and which section is the lead.
 */
import type { SeedMeta } from '../model/schema.ts';
import type { Article, Section } from './article.ts';

export const sectionText = (section: Section): string => section.paragraphs.map((p) => p.body).join('\n\n');

/** Each section as the scorer takes it: its heading (empty before the first) and its text. */
export const scoredSections = (article: Article): { heading: string; text: string }[] =>
  article.sections.map((s) => ({ heading: s.heading ?? '', text: sectionText(s) }));

/** The section shown as the lead: the one the metadata names, else the first. It is never placed in a theme. */
export const leadSection = (article: Article, meta: SeedMeta): Section =>
  article.sections.find((s) => meta.lead !== undefined && s.heading === meta.lead) ?? article.sections[0]!;
