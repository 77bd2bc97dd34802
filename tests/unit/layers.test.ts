import { describe, expect, it } from 'vitest';
import {
  MAX_FILES_IN_FOLDER,
  ROOMS,
  STAGES,
  crowdedFolders,
  importCycles,
  settingsReads,
  importsOf,
  indexBypasses,
  layerViolations,
  pageTimeImports,
  readSources,
} from '../../src/lib/tooling/import-layers.ts';
import { projectRoot } from '../helpers/build-site.ts';

const lib = readSources(projectRoot, ['src/lib']);
const everything = readSources(projectRoot, ['src', 'scripts']);
const config = readSources(projectRoot, ['astro.config.mjs']);
const report = (violations: ReturnType<typeof layerViolations>) => violations.map((v) => `${v.file}: ${v.import}: ${v.reason}`);
const withFile = (path: string, text: string) => [...lib.filter((f) => f.path !== path), { path, text }];

describe('the stage folders of src/lib', () => {
  it('has only the stage folders, each with files in it', () => {
    const folders = new Set(lib.map((f) => f.path.split('/')[2]));
    expect([...folders].sort()).toEqual([...STAGES].sort());
  });

  it('imports only from the same or an earlier stage, never a sibling stage, tooling or Astro, and reads no environment', () => {
    expect(report(layerViolations(lib))).toEqual([]);
  });

  it("has derive's rooms, each with files in it", () => {
    const rooms = new Set(lib.filter((f) => /^src\/lib\/derive\/[^/]+\//.test(f.path)).map((f) => f.path.split('/')[3]));
    expect([...rooms].sort()).toEqual([...ROOMS['derive']!].sort());
  });

  it(`holds no more than ${MAX_FILES_IN_FOLDER} files directly in any folder`, () => {
    expect(crowdedFolders(lib)).toEqual([]);
  });

  it('has pages that read what derive wrote and parse no seed', () => {
    expect(report(pageTimeImports(everything))).toEqual([]);
  });

  it('imports the content schemas through their one index', () => {
    expect(report(indexBypasses(everything))).toEqual([]);
  });

  it('reads the settings from the environment in one place only', () => {
    expect(report(settingsReads([...everything, ...config]))).toEqual([]);
  });

  it('has no import cycle anywhere in src/ or scripts/', () => {
    expect(importCycles(everything)).toEqual([]);
  });
});

describe('the layer rule itself', () => {
  it('reads every kind of import line', () => {
    const text = [
      "import a from './a.ts';",
      "import type { B } from '../b.ts';",
      "import { c,\n  d } from './c.ts';",
      "export { e } from './e.ts';",
      "import './side-effect.ts';",
      "const f = await import('./f.ts');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './e.ts', './side-effect.ts', './f.ts', 'zod']);
  });

  it('names the file and the import when a stage imports a later one', () => {
    const files = withFile('src/lib/model/schema.ts', "import { planArticle } from '../derive/plan.ts';\n");
    expect(report(layerViolations(files))).toEqual([
      'src/lib/model/schema.ts: ../derive/plan.ts: derive/ comes after model/ in the pipeline',
    ]);
  });

  it('refuses imports between sibling stages, even in pipeline order', () => {
    const files = withFile('src/lib/check/check.ts', "import type { Existing } from '../derive/existing-files.ts';\n");
    expect(report(layerViolations(files))).toEqual([
      'src/lib/check/check.ts: ../derive/existing-files.ts: check/ and derive/ are sibling stages and never import one another',
    ]);
  });

  it('refuses tooling/, Astro, the environment, and files outside a stage folder', () => {
    const files = [
      ...withFile(
        'src/lib/render/url.ts',
        "import { launchChromium } from '../tooling/chromium.ts';\nimport { getCollection } from 'astro:content';\n",
      ),
      { path: 'src/lib/helpers.ts', text: '' },
      { path: 'src/lib/render/per-page.ts', text: "export const perPage = Number(process.env['ENTRIES_PER_PAGE']);\n" },
    ];
    expect(report(layerViolations(files))).toEqual([
      'src/lib/render/url.ts: ../tooling/chromium.ts: only tests, screenshots and the benchmark use tooling/',
      'src/lib/render/url.ts: astro:content: src/lib is free of Astro; import it from src/site, src/loaders or src/integrations',
      `src/lib/helpers.ts: : not in a stage folder; expected src/lib/<${STAGES.join('|')}>/`,
      'src/lib/render/per-page.ts: : reads the environment; src/settings.ts resolves the settings once and they are passed in',
    ]);
  });

  it('finds a cycle, even one made only of type imports', () => {
    const files = [
      { path: 'src/lib/derive/derive.ts', text: "import { keep } from './plan/superseded.ts';\n" },
      { path: 'src/lib/derive/plan/superseded.ts', text: "import type { Existing } from '../derive.ts';\n" },
      { path: 'src/lib/derive/plan/plan.ts', text: "import type { Existing } from '../derive.ts';\n" },
    ];
    expect(importCycles(files)).toEqual([['src/lib/derive/derive.ts', 'src/lib/derive/plan/superseded.ts']]);
  });

  it("names the file and the import when a room of derive/ imports a later room, or derive/'s own files", () => {
    const files = [
      ...withFile('src/lib/derive/themes/assign.ts', "import type { Planned } from '../plan/outcome.ts';\n"),
      { path: 'src/lib/derive/existing/late.ts', text: "import { derivePass } from '../derive-pass.ts';\n" },
    ];
    expect(report(layerViolations(files))).toEqual([
      'src/lib/derive/themes/assign.ts: ../plan/outcome.ts: derive/plan/ comes after derive/themes/ in derive/',
      'src/lib/derive/existing/late.ts: ../derive-pass.ts: derive/ itself comes after every room of derive/: derive/existing/ may not import it',
    ]);
  });

  it('lets a room import an earlier room and derive/ import any room, and refuses a file outside the rooms', () => {
    const files = [
      ...withFile('src/lib/derive/manifest/report-order.ts', "import { placeSections } from '../themes/assign.ts';\n"),
      { path: 'src/lib/derive/write.ts', text: "import { leftovers } from './plan/leftovers.ts';\n" },
      { path: 'src/lib/derive/helpers/misc.ts', text: '' },
    ];
    expect(report(layerViolations(files))).toEqual([
      `src/lib/derive/helpers/misc.ts: : not in a room of derive/; expected derive/<${ROOMS['derive']!.join('|')}>/ or derive/ itself`,
    ]);
  });

  it('names a page that calls into a stage that derives or checks content', () => {
    const files = [
      {
        path: 'src/pages/[...lang]/sources/[source].astro',
        text: "---\nimport { splitFurtherReading } from '../../../lib/article/further-reading.ts';\n---\n",
      },
      {
        path: 'src/site/content.ts',
        text: "import { paginate } from '../lib/render/paginate.ts';\nimport type { Source } from '../lib/model/schema.ts';\n",
      },
      { path: 'src/loaders/content-loader.ts', text: "import { checkTree } from '../lib/check/check.ts';\n" },
    ];
    expect(report(pageTimeImports(files))).toEqual([
      'src/pages/[...lang]/sources/[source].astro: ../../../lib/article/further-reading.ts: pages read model/, text/, content-files/, render/ of src/lib, not article/',
    ]);
  });

  it("names an import that reaches past the schemas' index, and lets the schema files import one another", () => {
    const files = [
      { path: 'src/loaders/content-loader.ts', text: "import { entrySchema } from '../lib/model/schema/entry.ts';\n" },
      { path: 'src/lib/model/schema.ts', text: "export * from './schema/entry.ts';\n" },
      { path: 'src/lib/model/schema/entry.ts', text: "import { slug } from './shared.ts';\n" },
      { path: 'src/lib/check/check.ts', text: "import type { Entry } from '../model/schema.ts';\n" },
    ];
    expect(report(indexBypasses(files))).toEqual([
      'src/loaders/content-loader.ts: ../lib/model/schema/entry.ts: import it through src/lib/model/schema.ts',
    ]);
  });

  it('names every read of a setting outside the settings edge, and lets other variables and child environments be', () => {
    const files = [
      { path: 'src/settings.ts', text: 'export const runSettings = () => resolveSettings(process.env);\nconst ci = process.env.CI;\n' },
      { path: 'src/site/content.ts', text: "const perPage = Number(process.env['ENTRIES_PER_PAGE']);\n" },
      { path: 'scripts/diff.ts', text: 'const base = process.env.BASE_PATH ?? "/";\nconst browser = process.env.CHROMIUM_PATH;\n' },
      { path: 'scripts/bench/pipeline.ts', text: "const env = { ...process.env, EXPLAINER_ROOT: root, CI: 'false' };\n" },
    ];
    expect(report(settingsReads(files))).toEqual([
      'src/site/content.ts: ENTRIES_PER_PAGE: read from the environment; only src/settings.ts reads it, everything else takes the settings',
      'scripts/diff.ts: BASE_PATH: read from the environment; only src/settings.ts reads it, everything else takes the settings',
    ]);
  });

  it('counts the files directly in each folder, not those in its sub-folders', () => {
    const many = (folder: string, n: number) => Array.from({ length: n }, (_, i) => ({ path: `${folder}/f${i}.ts`, text: '' }));
    const files = [
      ...many('src/lib/check', MAX_FILES_IN_FOLDER + 1),
      ...many('src/lib/derive', 3),
      ...many('src/lib/derive/plan', MAX_FILES_IN_FOLDER),
    ];
    expect(crowdedFolders(files)).toEqual([{ folder: 'src/lib/check', files: MAX_FILES_IN_FOLDER + 1 }]);
  });
});
