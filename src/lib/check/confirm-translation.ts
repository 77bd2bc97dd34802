/**
 * Marks a translation as re-checked against the source-language text as it
 * reads now, as `npm run confirm` does for an entry against its paragraphs:
 * records that text's digest under `translates` (nothing else in the file
 * changes), keeps the text itself among the originals so the next change
 * can be shown word by word, and drops originals no translation records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { writeFileAtomic } from '../content-files/atomic-write.ts';
import { loadContent } from '../content-files/content-tree.ts';
import { editFrontmatter } from '../content-files/edit-frontmatter.ts';
import { keepOriginal, pruneOriginals } from '../content-files/originals.ts';
import { readSiteSettings } from '../content-files/site-settings.ts';
import { textDigest } from '../content-files/translatable-text.ts';
import { TRANSLATIONS_DIR } from '../content-files/translation-files.ts';
import { inputError } from '../model/errors.ts';
import { currentText } from './translation-state.ts';

export interface ConfirmedTranslation {
  /** The digest now recorded; undefined when it was already up to date. */
  digest: string | undefined;
  /** What the translation translates. */
  source: string;
  /** Originals removed because no translation records them any more. */
  pruned: string[];
}

export function confirmTranslation(root: string, file: string): ConfirmedTranslation {
  const tree = loadContent(root);
  const translation = tree.translations.find((t) => t.file === file);
  if (!translation) throw inputError(file, `not a valid translation under ${TRANSLATIONS_DIR}/<lang>/ (run "npm run check" to see why)`);
  const now = currentText(translation, tree, readSiteSettings(root));
  if (!now) throw inputError(file, `translates ${translation.source}, which does not exist; move or delete the translation first`);
  const digest = keepOriginal(root, now.text);
  const recorded = new Set([...tree.translations.filter((t) => t !== translation).map((t) => t.data.translates), digest]);
  const pruned = pruneOriginals(root, recorded);
  if (translation.data.translates === digest) return { digest: undefined, source: translation.source, pruned };
  const text = readFileSync(join(root, file), 'utf8');
  writeFileAtomic(
    join(root, file),
    file.endsWith('.md') ? editFrontmatter(file, text, (doc) => doc.set('translates', digest)) : setInYaml(text, digest),
  );
  return { digest: textDigest(now.text), source: translation.source, pruned };
}

function setInYaml(text: string, digest: string): string {
  const doc = parseDocument(text);
  doc.set('translates', digest);
  return doc.toString({ lineWidth: 0 });
}
