/** The interface's English words, as the tests read them on the source language's pages. */
import { DEFAULT_LANGUAGE, entryKind, type EntryKind } from '../../src/lib/model/schema.ts';
import { createInterface } from '../../src/lib/render/interface.ts';
import { label, type Label } from '../../src/lib/render/wording.ts';

export const ENGLISH = createInterface(DEFAULT_LANGUAGE);
export const KIND_LABELS = Object.fromEntries(entryKind.options.map((kind) => [kind, label(ENGLISH, kind)])) as Record<EntryKind, Label>;
export const EDITORS_LABEL = label(ENGLISH, 'editors');
export const FOOTER_PROMISE = ENGLISH.t('page.footerPromise');
