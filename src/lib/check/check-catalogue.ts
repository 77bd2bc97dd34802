/**
 * An edition's interface catalogue against the built-in one: every key
 * there, no key the interface does not have, each message valid ICU
 * MessageFormat with the same placeholders as the source-language message
 * (a translation that drops `{date}` would print a notice without its date;
 * one that invents `{fecha}` would fail the build). A missing key is an
 * error: a page would have no words for it.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE_KEYS, ENGLISH_CATALOGUE } from '../content-files/interface-catalogue.ts';
import type { TranslationFile } from '../content-files/translation-files.ts';
import type { Problem } from '../model/errors.ts';

type Catalogue = Extract<TranslationFile, { of: 'interface' }>;

interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

/** The names a message's placeholders use, at any depth (inside plural and select branches too). */
export function placeholders(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: readonly Element[]) => {
    for (const element of elements) {
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      walk(element.children ?? []);
    }
  };
  walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst() as Element[]);
  return names;
}

const listed = (keys: readonly string[]) =>
  keys.length > 5 ? `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more` : keys.join(', ');

export function checkCatalogue(catalogue: Catalogue): Problem[] {
  const { strings } = catalogue.data;
  const problems: Problem[] = [];
  const missing = CATALOGUE_KEYS.filter((key) => strings[key] === undefined);
  if (missing.length > 0)
    problems.push({
      file: catalogue.file,
      line: catalogue.lineOf(['strings']),
      field: 'strings',
      detail: `expected every key of the interface catalogue, found ${missing.length} missing: ${listed(missing)}; translate them (the English is in src/lib/content-files/interface-catalogue.ts)`,
    });
  const unknown = Object.keys(strings).filter((key) => !(key in ENGLISH_CATALOGUE));
  if (unknown.length > 0)
    problems.push({
      file: catalogue.file,
      line: catalogue.lineOf(['strings', unknown[0]!]),
      field: 'strings',
      detail: `expected only keys of the interface catalogue, found ${unknown.length} unknown: ${listed(unknown)}; remove them or check their spelling`,
    });
  for (const key of CATALOGUE_KEYS) {
    const message = strings[key];
    if (message === undefined) continue;
    const where = { file: catalogue.file, line: catalogue.lineOf(['strings', key]), field: `strings.${key}` };
    let found: Set<string>;
    try {
      found = placeholders(message);
    } catch (error) {
      problems.push({ ...where, detail: `expected ICU MessageFormat, found a mistake: ${(error as Error).message}` });
      continue;
    }
    const expected = placeholders(ENGLISH_CATALOGUE[key]);
    const same = found.size === expected.size && [...found].every((name) => expected.has(name));
    if (!same)
      problems.push({
        ...where,
        detail: `expected the placeholders ${[...expected].map((n) => `{${n}}`).join(' ') || '(none)'}, found ${[...found].map((n) => `{${n}}`).join(' ') || '(none)'}; keep the names as they are in English`,
      });
  }
  return problems;
}
