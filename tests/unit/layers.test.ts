import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES, importCycles, importsOf, layerViolations, type SourceFile } from '../../src/lib/tooling/import-layers.ts';
import { projectRoot } from '../helpers/build-site.ts';

function sourceFiles(folder: string): SourceFile[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|astro)$/.test(name))
    .map((name) => {
      const path = `${folder}/${name.split('\\').join('/')}`;
      return { path, text: readFileSync(join(projectRoot, path), 'utf8') };
    });
}

const lib = sourceFiles('src/lib');
const everything = [...sourceFiles('src'), ...sourceFiles('scripts')];
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
      'src/lib/render/per-page.ts: : reads the environment; read settings at the edge (scripts, astro.config.mjs, src/loaders, src/site) and pass them in',
    ]);
  });

  it('finds a cycle, even one made only of type imports', () => {
    const files = [
      { path: 'src/lib/derive/derive.ts', text: "import { keep } from './superseded.ts';\n" },
      { path: 'src/lib/derive/superseded.ts', text: "import type { Existing } from './derive.ts';\n" },
      { path: 'src/lib/derive/plan.ts', text: "import type { Existing } from './derive.ts';\n" },
    ];
    expect(importCycles(files)).toEqual([['src/lib/derive/derive.ts', 'src/lib/derive/superseded.ts']]);
  });
});
