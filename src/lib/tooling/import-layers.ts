/**
 * The shape of `src/lib`, as a rule a test can hold: stage folders in
 * pipeline order, each importing only from itself and the folders before it;
 * `derive/`, `check/` and `render/` never import one another; inside a stage
 * with rooms (`derive/`), the same one-way rule between its rooms, with the
 * files directly in the stage folder after every room; nothing outside
 * `tooling/` imports `tooling/`; no Astro import and no reading of the
 * environment anywhere in `src/lib`; and no import cycle among the files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
  'publish',
  'content-diff',
  'tooling',
] as const;

/** Stages that run side by side: none may depend on another. */
const SIBLINGS = new Set(['derive', 'check', 'render']);

/**
 * The rooms of a stage, in the order they may import one another: a room imports only from
 * itself and the rooms before it; the files directly in the stage folder come after every room
 * and no room imports them.
 */
export const ROOMS: Readonly<Record<string, readonly string[]>> = {
  derive: ['existing', 'themes', 'plan', 'terms-timeline', 'manifest'],
};

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

/** The code under each of `paths` (a folder, read recursively, or a file) of the project at `root`: TypeScript, JavaScript modules and Astro components. */
export function readSources(root: string, paths: readonly string[]): SourceFile[] {
  return paths.flatMap((path) => {
    const names = statSync(join(root, path)).isDirectory()
      ? readdirSync(join(root, path), { recursive: true, encoding: 'utf8' }).map((name) => `${path}/${name.split('\\').join('/')}`)
      : [path];
    return names
      .filter((name) => /\.(ts|mjs|astro)$/.test(name))
      .map((name) => ({ path: name, text: readFileSync(join(root, name), 'utf8') }));
  });
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

/** A file's room in its stage: the sub-folder it is in, or '' for a file directly in the stage folder. */
const roomOf = (path: string): string => /^src\/lib\/[^/]+\/([^/]+)\//.exec(path)?.[1] ?? '';

/** Where a room sits in its stage's order; the stage folder itself comes after every room. */
function roomRank(stage: string, room: string): number {
  const rooms = ROOMS[stage]!;
  return room === '' ? rooms.length : rooms.indexOf(room);
}

const roomName = (stage: string, room: string): string => (room === '' ? `${stage}/` : `${stage}/${room}/`);

/** Imports that break the one-way rule between the rooms of a stage. */
function roomViolation(file: string, stage: string, target: string): string | undefined {
  const from = roomOf(file);
  const to = roomOf(target);
  if (roomRank(stage, to) <= roomRank(stage, from)) return undefined;
  return to === ''
    ? `${stage}/ itself comes after every room of ${stage}/: ${roomName(stage, from)} may not import it`
    : `${roomName(stage, to)} comes after ${roomName(stage, from)} in ${stage}/`;
}

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
    if (ROOMS[stage!] && roomRank(stage!, roomOf(file.path)) < 0) {
      const rooms = ROOMS[stage!]!;
      violations.push({
        file: file.path,
        import: '',
        reason: `not in a room of ${stage}/; expected ${stage}/<${rooms.join('|')}>/ or ${stage}/ itself`,
      });
      continue;
    }
    if (/\bprocess\.env\b/.test(file.text)) {
      violations.push({
        file: file.path,
        import: '',
        reason: `reads the environment; ${SETTINGS_EDGE} resolves the settings once and they are passed in`,
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
        const reason = ROOMS[stage!] ? roomViolation(file.path, stage!, target) : undefined;
        if (reason) violations.push({ file: file.path, import: specifier, reason });
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

/** The site's own folders: what Astro renders into pages. */
const SITE_FOLDERS = ['src/pages/', 'src/components/', 'src/layouts/', 'src/site/'];

/** The stages a page may read: the content model and what pages show of it, never the stages that make it. */
export const PAGE_STAGES = ['model', 'text', 'content-files', 'render'];

/** Imports by the site's pages of a stage that derives or checks content: pages show what derive wrote, and parse no seed. */
export function pageTimeImports(files: readonly SourceFile[]): Violation[] {
  return files
    .filter((file) => SITE_FOLDERS.some((folder) => file.path.startsWith(folder)))
    .flatMap((file) =>
      importsOf(file.text).flatMap((specifier) => {
        const stage = stageOf(resolveImport(file.path, specifier) ?? '');
        return stage && !PAGE_STAGES.includes(stage)
          ? [
              {
                file: file.path,
                import: specifier,
                reason: `pages read ${PAGE_STAGES.map((s) => `${s}/`).join(', ')} of src/lib, not ${stage}/`,
              },
            ]
          : [];
      }),
    );
}

/** Folders whose files are imported only through their one index module. */
export const INDEXES: Readonly<Record<string, string>> = { 'src/lib/model/schema/': 'src/lib/model/schema.ts' };

/** Imports that reach into an indexed folder from outside it, past its index. */
export function indexBypasses(files: readonly SourceFile[]): Violation[] {
  return files.flatMap((file) =>
    importsOf(file.text).flatMap((specifier) => {
      const target = resolveImport(file.path, specifier) ?? '';
      const folder = Object.keys(INDEXES).find((f) => target.startsWith(f) && !file.path.startsWith(f));
      return folder && file.path !== INDEXES[folder]
        ? [{ file: file.path, import: specifier, reason: `import it through ${INDEXES[folder]}` }]
        : [];
    }),
  );
}

/** The environment variables the run's settings come from (src/lib/model/settings.ts). */
export const SETTINGS_VARIABLES = ['EXPLAINER_ROOT', 'CI', 'EXPLAINER_PREVIEW', 'BASE_PATH', 'SITE_URL', 'ENTRIES_PER_PAGE'] as const;

/** The one file that reads them from the environment; everything else receives the settings. */
export const SETTINGS_EDGE = 'src/settings.ts';

const ENV_READ = /process\.env(?:\.(\w+)|\[\s*['"](\w+)['"]\s*\])/g;

/** Reads of a settings variable from the environment anywhere but the settings edge, one per read. */
export function settingsReads(files: readonly SourceFile[]): Violation[] {
  const names = new Set<string>(SETTINGS_VARIABLES);
  return files.flatMap((file) =>
    file.path === SETTINGS_EDGE
      ? []
      : [...file.text.matchAll(ENV_READ)]
          .map((m) => (m[1] ?? m[2])!)
          .filter((name) => names.has(name))
          .map((name) => ({
            file: file.path,
            import: name,
            reason: `read from the environment; only ${SETTINGS_EDGE} reads it, everything else takes the settings`,
          })),
  );
}

/** At most this many files directly in a folder of `src/lib`: past it, a folder wants rooms. */
export const MAX_FILES_IN_FOLDER = 20;

/** The folders of `src/lib` holding more than MAX_FILES_IN_FOLDER files directly, with their count. */
export function crowdedFolders(files: readonly SourceFile[]): { folder: string; files: number }[] {
  const counts = new Map<string, number>();
  for (const { path } of files) {
    if (!path.startsWith('src/lib/')) continue;
    const folder = dirname(path);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n > MAX_FILES_IN_FOLDER)
    .map(([folder, n]) => ({ folder, files: n }))
    .sort((a, b) => (a.folder < b.folder ? -1 : 1));
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
