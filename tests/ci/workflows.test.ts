/**
 * The GitHub Actions workflows are only run by GitHub, so their shape is
 * checked here: valid YAML, the keys Actions requires, and no npm script that
 * package.json does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build-site.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on'?: string;
  if?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on?: Record<string, unknown>;
  env?: Record<string, string>;
  jobs?: Record<string, Job>;
}

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);
/** npm's own commands a workflow may call; anything else must be a script. */
const NPM_COMMANDS = ['ci', 'install'];

/** Every problem with a workflow's text, one line each. */
function workflowProblems(text: string): string[] {
  const problems: string[] = [];
  const workflow = parse(text) as Workflow;
  if (!workflow?.on) problems.push('no "on" key');
  const jobs = Object.entries(workflow?.jobs ?? {});
  if (jobs.length === 0) problems.push('no jobs');
  for (const [id, job] of jobs) {
    if (!job['runs-on']) problems.push(`job ${id}: no runs-on`);
    if (!job.steps?.length) problems.push(`job ${id}: no steps`);
    job.steps?.forEach((step, i) => {
      if (!step.uses === !step.run) problems.push(`job ${id} step ${i + 1}: needs exactly one of uses or run`);
      if (step.uses && !/^[\w.-]+\/[\w./-]+@v\d+$/.test(step.uses))
        problems.push(`job ${id} step ${i + 1}: action ${step.uses} is not pinned to a major version`);
      for (const [, script] of (step.run ?? '').matchAll(/\bnpm\s+(?:run(?:-script)?\s+)?(?:--?[\w-]+\s+)*([\w:-]+)/g)) {
        if (!NPM_COMMANDS.includes(script!) && !scripts.includes(script!))
          problems.push(`job ${id} step ${i + 1}: npm ${script} is not a script in package.json`);
      }
    });
  }
  return problems;
}

const read = (name: string) => readFileSync(join(projectRoot, '.github/workflows', name), 'utf8');
const runs = (job: Job | undefined) => (job?.steps ?? []).map((s) => s.run ?? '').join('\n');
const uses = (job: Job | undefined) => (job?.steps ?? []).map((s) => s.uses?.replace(/@.*/, '')).filter(Boolean);

describe('GitHub Actions workflows', () => {
  it.each(['test.yml', 'preview.yml'])('%s is a valid workflow calling only scripts that exist', (name) => {
    expect(workflowProblems(read(name))).toEqual([]);
  });

  it('catches a missing key, an unpinned action and an npm script that does not exist', () => {
    const bad =
      'on: push\njobs:\n  a:\n    steps:\n      - run: npm run nope && npm ci && npm run --silent diff -- main\n      - uses: actions/checkout@main\n';
    expect(workflowProblems(bad)).toEqual([
      'job a: no runs-on',
      'job a step 1: npm nope is not a script in package.json',
      'job a step 2: action actions/checkout@main is not pinned to a major version',
    ]);
  });

  it('tests every push and pull request with the README command and a Chromium for the browser tests', () => {
    const workflow = parse(read('test.yml')) as Workflow;
    expect(Object.keys(workflow.on!)).toEqual(['push', 'pull_request']);
    const job = workflow.jobs!['test'];
    expect(runs(job)).toMatch(/^npm test$/m);
    expect(runs(job)).toMatch(/^npm run check$/m);
    expect(runs(job)).toMatch(/^npm run derive -- --check$/m);
    expect(runs(job)).toContain('apt-get install -y -qq --no-install-recommends chromium');
    expect(job?.env?.['CHROMIUM_PATH']).toBe('/usr/bin/chromium');
  });

  it('builds pull requests under /pr-<number>/, keeps dist/ and comments the content diff', () => {
    const workflow = parse(read('preview.yml')) as Workflow;
    const job = workflow.jobs!['pull-request'];
    expect(job?.if).toBe("github.event_name == 'pull_request'");
    expect(job?.env?.['BASE_PATH']).toBe('/pr-${{ github.event.pull_request.number }}/');
    // Drafts are reviewed in the preview, never deployed: only the pull-request job says it is a preview.
    expect(job?.env?.['EXPLAINER_PREVIEW']).toBe('true');
    expect(workflow.env?.['EXPLAINER_PREVIEW']).toBeUndefined();
    expect(workflow.jobs!['pages']?.env?.['EXPLAINER_PREVIEW']).toBeUndefined();
    expect(job?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(runs(job)).toMatch(/^npm run build$/m);
    expect(runs(job)).toContain('npm run --silent diff -- "$BASE_SHA" > content-diff.md');
    expect(uses(job)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/cache',
      'actions/upload-artifact',
      'actions/github-script',
    ]);
    const steps = job?.steps ?? [];
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache'));
    // npm ci empties node_modules, so the cache inside it is restored after the install and before the build.
    expect(steps.findIndex((s) => s.run?.startsWith('npm ci'))).toBeLessThan(cache);
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
    expect(steps[cache]?.with?.['path']).toBe('node_modules/.astro');
    expect(job?.steps?.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.['path']).toBe('dist/');
  });

  it('deploys pushes to main to GitHub Pages under the Pages base path', () => {
    const workflow = parse(read('preview.yml')) as Workflow;
    expect(workflow.on!['push']).toEqual({ branches: ['main'] });
    const job = workflow.jobs!['pages'];
    expect(job?.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(job?.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(job?.steps?.find((s) => s.run === 'npm run build')?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(uses(job)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
  });
});
