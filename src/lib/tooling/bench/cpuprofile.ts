/**
 * Summarises a V8 .cpuprofile (from node --cpu-prof): self time per
 * function and per module, where a module is an npm package, a file of the
 * project, or one of V8's own buckets such as the garbage collector.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/** `astro`, `@astrojs/markdown-satteri`, `src/lib/content-files/frontmatter.ts`, `node:fs`, `(garbage collector)`. */
export function moduleOf(url: string, functionName: string, projectRoot = ''): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (/^node:/.test(url)) return url;
  return projectRoot && path.startsWith(projectRoot) ? path.slice(projectRoot.length).replace(/^\//, '') : path;
}

export function selfTimes(profiles: readonly CpuProfile[], key: 'function' | 'module', projectRoot = ''): SelfTime[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const profile of profiles) {
    const names = new Map(
      profile.nodes.map(({ id, callFrame: { functionName, url, lineNumber } }) => {
        const module = moduleOf(url, functionName, projectRoot);
        return [id, key === 'module' ? module : `${functionName || '(anonymous)'} ${module}:${lineNumber + 1}`];
      }),
    );
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      const name = names.get(id) ?? '(unknown)';
      totals.set(name, (totals.get(name) ?? 0) + us);
      all += us;
    });
  }
  return [...totals].map(([name, us]) => ({ name, ms: us / 1000, share: all > 0 ? us / all : 0 })).sort((a, b) => b.ms - a.ms);
}
