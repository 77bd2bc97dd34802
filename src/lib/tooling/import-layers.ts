/**
 * The shape of `src/lib`, as a rule a test can hold: stage folders in
 * pipeline order, each importing only from itself and the folders before it;
 * `derive/`, `check/` and `render/` never import one another; nothing outside
 * `tooling/` imports `tooling/`; no Astro import and no reading of the
 * environment anywhere in `src/lib`; and no import cycle among the files.
 */
import { dirname, join, normalize } from 'node:path';

/** The stage folders of `src/lib`, in pipeline order. */
export const STAGES = [
  'model',
  'text',
  'content-files',
  'article',
  'derive',
  'check',
  'render',
  'build',
  'content-diff',
  'tooling',
] as const;

/** Stages that run side by side: none may depend on another. */
const SIBLINGS = new Set(['derive', 'check', 'render']);

export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  import: string;
  reason: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a file imports or re-exports, in order. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** The project-relative file a relative specifier points at, or undefined for packages and built-ins. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return normalize(join(dirname(from), specifier))
    .split('\\')
    .join('/');
}

const stageOf = (path: string): string | undefined => /^src\/lib\/([^/]+)\//.exec(path)?.[1];

/** Imports that break the folder rule, one per offending import. */
export function layerViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (!file.path.startsWith('src/lib/')) continue;
    const stage = stageOf(file.path);
    const rank = STAGES.indexOf(stage as (typeof STAGES)[number]);
    if (rank < 0) {
      violations.push({ file: file.path, import: '', reason: `not in a stage folder; expected src/lib/<${STAGES.join('|')}>/` });
      continue;
    }
    if (/\bprocess\.env\b/.test(file.text)) {
      violations.push({
        file: file.path,
        import: '',
        reason: 'reads the environment; read settings at the edge (scripts, astro.config.mjs, src/loaders, src/site) and pass them in',
      });
    }
    for (const specifier of importsOf(file.text)) {
      if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/')) {
        violations.push({
          file: file.path,
          import: specifier,
          reason: 'src/lib is free of Astro; import it from src/site, src/loaders or src/integrations',
        });
        continue;
      }
      const target = resolveImport(file.path, specifier);
      if (!target) continue;
      const to = stageOf(target);
      if (!target.startsWith('src/lib/')) {
        violations.push({ file: file.path, import: specifier, reason: 'reaches outside src/lib' });
      } else if (to === stage) {
        continue;
      } else if (to === 'tooling') {
        violations.push({ file: file.path, import: specifier, reason: 'only tests, screenshots and the benchmark use tooling/' });
      } else if (SIBLINGS.has(stage!) && SIBLINGS.has(to!)) {
        violations.push({
          file: file.path,
          import: specifier,
          reason: `${stage}/ and ${to}/ are sibling stages and never import one another`,
        });
      } else if (STAGES.indexOf(to as (typeof STAGES)[number]) > rank) {
        violations.push({ file: file.path, import: specifier, reason: `${to}/ comes after ${stage}/ in the pipeline` });
      }
    }
  }
  return violations;
}

/** Each import cycle among the files, as the list of files around it (strongly connected components of two or more). */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const known = new Set(files.map((f) => f.path));
  const edges = new Map(
    files.map((f) => [
      f.path,
      importsOf(f.text)
        .flatMap((s) => resolveImport(f.path, s) ?? [])
        .filter((t) => known.has(t)),
    ]),
  );
  // Tarjan's algorithm; the graphs here are small enough for recursion.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || edges.get(node)!.includes(node)) cycles.push(component.sort());
  };
  for (const file of [...known].sort()) if (!index.has(file)) visit(file);
  return cycles;
}
