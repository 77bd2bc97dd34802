/**
 * The CPU of a profiled build by stage of the pipeline: each sample goes to
 * the stage of the innermost frame on its stack that belongs to one (a
 * sample in the YAML parser under the content loader is the content check;
 * one in Astro's runtime under the key-term marker is key-term marking).
 * Frames are located first (a bundled page's frames through its source map,
 * by the caller), then matched against the rules below.
 */
import type { CpuProfile } from './cpuprofile.ts';

/** Where a frame's code comes from: a project path (`src/lib/render/mark-terms.ts`) or a package path (`node_modules/zod/…`), `node:…`, or V8's bucket name. */
export type Locate = (frame: CpuProfile['nodes'][number]['callFrame']) => string;

const STAGE_RULES: readonly [stage: string, pattern: RegExp][] = [
  ['key-term marking', /^src\/lib\/render\/mark-terms\.ts$/],
  [
    'Markdown rendering',
    /^(?:src\/lib\/render\/(?:markdown\/render-markdown|markdown\/render-cache|relink)\.ts|src\/site\/rendered\.ts|node_modules\/(?:satteri|@astrojs\/markdown-[^/]+|hast-util-[^/]+|mdast-util-[^/]+|micromark[^/]*|remark-[^/]+|rehype-[^/]+|unified|property-information|stringify-entities|shiki|@shikijs\/[^/]+)\/)/,
  ],
  ['search index', /^(?:src\/lib\/publish\/(?:search-[^/]+|source-search-documents)\.ts|node_modules\/pagefind\/)/],
  ['link check', /^src\/lib\/publish\/linkcheck\//],
  ['sitemap', /^src\/lib\/publish\/sitemap\.ts$/],
  ['feeds', /^(?:src\/pages\/.*\/feed\.xml\.ts|node_modules\/(?:@astrojs\/rss|fast-xml-builder|fast-xml-parser|@nodable\/entities)\/)/],
  [
    'content check',
    // Writing a file atomically is the caller's stage (in a build, the render cache's).
    /^(?:src\/lib\/check\/|src\/lib\/content-files\/(?!atomic-write\.ts$)|src\/loaders\/|src\/content\.config\.ts|node_modules\/(?:zod|js-yaml|yaml|gray-matter|is-unsafe)\/)/,
  ],
  ['post-build (headers, 404 pages)', /^src\/lib\/publish\//],
  [
    'page assembly',
    /^(?:src\/(?:pages|components|layouts|site|lib\/render)\/|node_modules\/(?:intl-messageformat|@formatjs\/[^/]+)\/|node_modules\/astro\/dist\/(?:runtime|core\/(?:render|render-scope|app|build\/generate|routing)|i18n)\/)/,
  ],
  ["Astro's content store", /^node_modules\/(?:astro\/dist\/content|devalue)\//],
  [
    'bundling (Vite, Rolldown, CSS)',
    /^node_modules\/(?:vite|rolldown|@rolldown\/[^/]+|esbuild|postcss|css-tree|lightningcss|magic-string|astro\/dist\/vite-plugin-[^/]+|@astrojs\/compiler)\//,
  ],
];

/** Stages no frame chose: V8's own buckets, by name, and code outside every rule. */
const BUCKETS: Record<string, string> = {
  '(garbage collector)': 'garbage collection',
  '(program)': 'V8 and native code outside JavaScript',
};
const MODULE_LOADING = /^node:internal\/(?:modules|bootstrap)\//;
const OTHER = 'other (Astro, Node)';

export const STAGES: readonly string[] = [...STAGE_RULES.map(([stage]) => stage), 'module loading', ...Object.values(BUCKETS), OTHER];

export function stageOf(location: string): string | undefined {
  return STAGE_RULES.find(([, pattern]) => pattern.test(location))?.[0];
}

/** CPU milliseconds by stage over the profiles' samples; `(idle)` samples are not CPU and are left out. */
export function stageTimes(profiles: readonly CpuProfile[], locate: Locate): Map<string, number> {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const stageOfNode = new Map<number, string | undefined>();
    const resolve = (id: number): string | undefined => {
      if (stageOfNode.has(id)) return stageOfNode.get(id);
      const node = byId.get(id)!;
      const location = locate(node.callFrame);
      const up = parent.get(id);
      const stage = stageOf(location) ?? (up === undefined ? undefined : resolve(up)) ?? fallback(node.callFrame.functionName, location);
      stageOfNode.set(id, stage);
      return stage;
    };
    profile.samples.forEach((id, i) => {
      if (byId.get(id)?.callFrame.functionName === '(idle)') return;
      const stage = resolve(id) ?? OTHER;
      totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return totals;
}

function fallback(functionName: string, location: string): string | undefined {
  if (BUCKETS[functionName]) return BUCKETS[functionName];
  if (MODULE_LOADING.test(location)) return 'module loading';
  return undefined;
}

/**
 * The profile's shares in CPU time: a sample's interval is wall time on the profiled thread, which
 * other work on the machine stretches, so each stage gets its share of the thread's measured CPU time.
 */
export function cpuByStage(times: ReadonlyMap<string, number>, threadCpuMs: number): Map<string, number> {
  const all = [...times.values()].reduce((a, b) => a + b, 0);
  return new Map([...times].map(([stage, ms]) => [stage, all > 0 ? (ms / all) * threadCpuMs : 0]));
}
