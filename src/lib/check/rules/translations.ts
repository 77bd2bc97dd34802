/**
 * The translations against what they translate and the languages the site
 * declares, one line per file: a translation into a language the site does
 * not declare, a translation of nothing (the file it translates was renamed
 * or deleted), an edition without its interface catalogue, a catalogue that
 * lacks a key, more lead paragraphs or corrections than the original has,
 * a translated correction dated otherwise than the one it stands beside, a
 * key term's translation without its definition or with an expansion the
 * term has not;
 * and, apart, a translation whose source-language text changed since it was
 * made: stale, a warning that never stops a run (severity.ts), since an
 * English correction must never wait for its translation.
 */
import type { ContentTree } from '../../content-files/content-tree.ts';
import { TRANSLATIONS_DIR } from '../../content-files/translation-files.ts';
import type { Problem } from '../../model/errors.ts';
import type { SiteSettings } from '../../model/schema.ts';
import { describeChange } from '../../text/word-change.ts';
import { checkCatalogue } from '../check-catalogue.ts';
import { storyLead, type TranslationState } from '../translation-state.ts';
import type { Found, TreeIndex } from './tree-index.ts';

interface TranslationFindings {
  errors: Problem[];
  /** Stale translations: always warnings. */
  stale: Problem[];
}

/** Translations are judged against a site.yaml that loads; without one, its own error says what is wrong. */
export function translations({ tree }: TreeIndex, states: readonly TranslationState[]): Found {
  const settings = tree.site.settings;
  if (!settings) return {};
  const { errors, stale } = checkTranslations(tree, settings, states);
  return { errors, stale };
}

function checkTranslations(tree: ContentTree, settings: SiteSettings, states: readonly TranslationState[]): TranslationFindings {
  const errors: Problem[] = [];
  const stale: Problem[] = [];
  const editions = new Set(settings.editions.map((e) => e.code));
  // A file that failed to load has its own errors; its translations would only repeat them.
  const failed = new Set(tree.problems.map((p) => p.file));
  for (const state of states) {
    const { translation } = state;
    if (!editions.has(translation.language)) {
      const declared = editions.size > 0 ? `(${[...editions].join(', ')})` : '(none)';
      errors.push({
        file: translation.file,
        field: 'language',
        detail:
          translation.language === settings.language.code
            ? `expected a translation into an edition's language, found "${translation.language}", the language the content is written in`
            : `expected a language content/site.yaml declares under editions ${declared}, found "${translation.language}"; declare it there, or move the file`,
      });
      continue;
    }
    if (state.current === undefined) {
      if (!failed.has(translation.source)) errors.push({ file: translation.file, detail: orphanDetail(translation, tree) });
      continue;
    }
    // A stale translation is not shown, so what changed in the original since cannot make it wrong.
    if (!state.stale) errors.push(...countProblems(state, tree, settings), ...termProblems(state, tree));
    if (translation.of === 'interface') errors.push(...checkCatalogue(translation));
    if (state.stale) stale.push(staleProblem(state));
    if (translation.of === 'home') stale.push(...olderForm(translation));
  }
  for (const code of editions) {
    if (!tree.translations.some((t) => t.language === code && t.of === 'interface'))
      errors.push({
        file: `${TRANSLATIONS_DIR}/${code}/interface.yaml`,
        detail: `expected the interface catalogue of the edition "${code}" that content/site.yaml declares, found no file`,
      });
  }
  return { errors, stale };
}

function orphanDetail({ source, of, target, language }: TranslationState['translation'], tree: ContentTree): string {
  const slug = target.split('/').pop();
  const moved = of === 'entry' ? tree.entries.find((e) => e.id.split('/').pop() === slug) : undefined;
  const hint = moved
    ? `; the entry is now ${moved.file}: move this file to ${TRANSLATIONS_DIR}/${language}/entries/${moved.id}.md`
    : '; its source was renamed or deleted: move this file beside the new name, or delete it';
  return `expected a translation of ${source}, found no such file${hint}`;
}

/** A translation cannot have more lead paragraphs or corrections than what it translates, nor a correction of another date. */
function countProblems(state: TranslationState, tree: ContentTree, settings: SiteSettings): Problem[] {
  const { translation } = state;
  if (translation.of === 'entry') {
    const entry = tree.entries.find((e) => e.id === translation.target)!;
    const [have, can] = [translation.data.corrections.length, entry.data.corrections.length];
    const dates = translation.data.corrections.flatMap(({ date }, i): Problem[] => {
      const english = entry.data.corrections[i]?.date;
      if (date === undefined || english === undefined || date === english) return [];
      return [
        {
          file: translation.file,
          line: translation.lineOf(['corrections', i, 'date']),
          field: `corrections[${i}].date`,
          detail: `expected ${english}, the date of correction ${i + 1} in ${translation.source}, found ${date}; translate the corrections in the English order, or leave the date out (the site shows the English one)`,
        },
      ];
    });
    if (have <= can) return dates;
    return [
      ...dates,
      {
        file: translation.file,
        line: translation.lineOf(['corrections', can]),
        field: 'corrections',
        detail: `expected at most ${can} correction(s), as ${translation.source} has, found ${have}`,
      },
    ];
  }
  if (translation.of === 'story') {
    const count = storyLead(tree, settings, translation.target).length;
    if (translation.data.lead.length <= count) return [];
    return [
      {
        file: translation.file,
        line: translation.lineOf(['lead', count]),
        field: 'lead',
        detail: `expected at most ${count} lead paragraph(s), as the story's home page quotes, found ${translation.data.lead.length}`,
      },
    ];
  }
  return [];
}

/** A key term's translation translates its definition, and an expansion only where the term has one. */
function termProblems({ translation }: TranslationState, tree: ContentTree): Problem[] {
  if (translation.of !== 'term') return [];
  const term = tree.terms.find((t) => t.id === translation.target)!;
  const problems: Problem[] = [];
  if (translation.data.expansion !== undefined && term.data.expansion === undefined)
    problems.push({
      file: translation.file,
      line: translation.lineOf(['expansion']),
      field: 'expansion',
      detail: `expected no expansion, as ${translation.source} has none, found "${translation.data.expansion}"; delete it`,
    });
  if (term.body.trim() && !translation.body.trim())
    problems.push({
      file: translation.file,
      line: translation.bodyLine,
      detail: `expected the definition in ${translation.source}, translated, as the body below the frontmatter, found none`,
    });
  return problems;
}

/** A site.yaml translation still carrying a headline and lead: shown by nothing now, and said so, never stopping a run. */
function olderForm(translation: Extract<TranslationState['translation'], { of: 'home' }>): Problem[] {
  const { title, lead } = translation.data;
  if (title === undefined && lead.length === 0) return [];
  const field = title !== undefined ? 'title' : 'lead';
  return [
    {
      file: translation.file,
      line: translation.lineOf([field]),
      field,
      detail: `no longer shown: a story's headline and lead are translated in ${TRANSLATIONS_DIR}/${translation.language}/stories/<slug>.md; move them there and delete them here`,
    },
  ];
}

function staleProblem({ translation, current, original }: TranslationState): Problem {
  const fix = `update the translation, then run "npm run translations -- --confirm ${translation.file}"`;
  const where = { file: translation.file, line: translation.lineOf(['translates']), field: 'translates' };
  if (translation.of === 'interface') {
    const before = original === undefined ? undefined : keyLines(original);
    const now = keyLines(current!);
    const changed = before ? [...now].filter(([key, text]) => before.get(key) !== text).map(([key]) => key) : [];
    const first = changed[0];
    const shown = first ? `: ${changed.length} string(s), first ${first} (was "${before!.get(first) ?? ''}", now "${now.get(first)}")` : '';
    return { ...where, detail: `stale: the interface catalogue changed since this translation was made${shown}; ${fix}` };
  }
  const change = original === undefined ? undefined : describeChange(original, current!);
  const shown = change
    ? ` (was "${change.was}", now "${change.now}")`
    : ' (the text it was made from is not kept, so what changed cannot be shown)';
  return { ...where, detail: `stale: ${translation.source} changed since this translation was made${shown}; ${fix}` };
}

const keyLines = (text: string): Map<string, string> =>
  new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf(': ');
        return [line.slice(0, at), line.slice(at + 2)] as [string, string];
      }),
  );
