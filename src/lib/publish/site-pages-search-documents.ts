/**
 * The site's pages about itself as search reads them: "How this explainer is
 * made" (how entries are written and what each label means, under the
 * page's own section anchors) and "Updates and corrections" (what the page
 * is for; the changes it lists are found on their entries, so they are not
 * indexed twice). In each language, from its interface catalogue.
 */
import { KIND_ORDER, kindAnchor, label } from '../render/wording.ts';
import type { Interface } from '../render/interface.ts';
import { UPDATES_LIMIT } from '../render/updates.ts';
import { escapeHtml as escape, searchDocument, type SearchDocument } from './search-html.ts';

const STEPS = ['about.step1', 'about.step2', 'about.step3', 'about.step4', 'about.step5', 'about.step6'] as const;

export function aboutDocument(ui: Interface, prefix = ''): SearchDocument {
  const values = { label: label(ui, 'quote').label };
  const steps = STEPS.map((key) => `<li>${escape(ui.t(key, key === 'about.step4' ? { label: label(ui, 'editors').label } : values))}</li>`);
  const kinds = [...KIND_ORDER, 'editors' as const].map((kind) => {
    const { label: name, definition } = label(ui, kind);
    return `<h3 id="${kindAnchor(kind)}">${escape(name)}</h3><p>${escape(definition)}</p>`;
  });
  const title = ui.t('about.title');
  const body = [
    `<h1>${escape(title)}</h1>`,
    `<h2 id="entries">${escape(ui.t('about.entriesHeading'))}</h2><ol>${steps.join('')}</ol>`,
    `<h2 id="kinds">${escape(ui.t('about.labelsHeading'))}</h2><p>${escape(ui.t('about.labelsIntro'))}</p>${kinds.join('')}`,
  ];
  return searchDocument(`/${prefix}about/`, title, title, body.join(''), ui.language.code);
}

export function updatesDocument(ui: Interface, prefix = ''): SearchDocument {
  const title = ui.t('updates.title');
  const intro = ui.t('updates.intro', { limit: UPDATES_LIMIT, feed: ui.t('updates.feed') });
  return searchDocument(`/${prefix}updates/`, title, title, `<h1>${escape(title)}</h1><p>${escape(intro)}</p>`, ui.language.code);
}
