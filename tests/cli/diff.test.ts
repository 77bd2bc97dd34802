/**
 * `npm run diff` on a throwaway git repository holding a copy of the real
 * content, committed, then changed in known ways in the working tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/derive/derive.ts';
import { projectRoot } from '../helpers/build-site.ts';

let repo: string;
let clean: string;
let outside: string;

const env = {
  ...process.env,
  BASE_PATH: '/pr-42/',
  GIT_CEILING_DIRECTORIES: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { env, stdio: 'pipe' });

function diff(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/diff.ts'), ...args], {
    cwd: root,
    env: { ...env, EXPLAINER_ROOT: root },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function edit(path: string, change: (text: string) => string): void {
  const file = join(repo, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${path}`);
  writeFileSync(file, after);
}

const ENTRIES = 'content/entries';
const SOURCE = 'content/sources/mayor-ends-immigration-enforcement-cooperation.yaml';

const EXPECTED = `## Content changes since \`main\`

Entries: 1 added, 1 removed, 2 changed. Themes: 1 changed. Sources: 1 changed. Corrections: 2 added. Seeds: 1 changed.

### Entries

#### Coalition cities (\`coalition-cities\`)

- Removed: **Integration with broader social justice agenda** (\`integration-with-broader-social-justice-agenda\`)

#### Federal conflict (\`federal-conflict\`)

- Added: **State Preemption** (\`state-preemption\`)

#### Implementation limits (\`implementation-limits\`)

- Changed: **Implementation challenges and municipal authority limits** (\`implementation-challenges-and-municipal-authority-limits\`): fields corrections

#### Sanctuary policy (\`sanctuary-policy\`)

- Changed: **Detention and release policies under Mamdani** (\`detention-and-release-policies-under-mamdani\`): fields summary; body +3 −2 words

### Themes

- Changed: **Federal conflict** (\`federal-conflict\`): fields question

### Sources

- Changed: **Mayor commits to ending federal immigration enforcement cooperation and detention** (\`mayor-ends-immigration-enforcement-cooperation\`): 1 paragraph changed (p5)

### Corrections

- **State Preemption** (\`state-preemption\`) in \`federal-conflict\`, 2026-01-03: “the governor vetoed it” → “the governor signed it”
- **Implementation challenges and municipal authority limits** (\`implementation-challenges-and-municipal-authority-limits\`) in \`implementation-limits\`, 2026-02-01: “cities can abolish ICE” → “cities cannot abolish ICE”

### Seeds

- Changed: \`seeds/mayor-ends-immigration-enforcement-cooperation.yaml\`

### Pages to review

- \`/pr-42/\`
- \`/pr-42/sources/mayor-ends-immigration-enforcement-cooperation/#p4\`
- \`/pr-42/sources/mayor-ends-immigration-enforcement-cooperation/#p5\`
- \`/pr-42/sources/mayor-ends-immigration-enforcement-cooperation/#p7\`
- \`/pr-42/themes/coalition-cities/\`
- \`/pr-42/themes/federal-conflict/\`
- \`/pr-42/themes/federal-conflict/#state-preemption\`
- \`/pr-42/themes/implementation-limits/#implementation-challenges-and-municipal-authority-limits\`
- \`/pr-42/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani\`

#### Español (\`es\`)

- \`/pr-42/es/\`
- \`/pr-42/es/sources/mayor-ends-immigration-enforcement-cooperation/#p4\`
- \`/pr-42/es/sources/mayor-ends-immigration-enforcement-cooperation/#p5\`
- \`/pr-42/es/sources/mayor-ends-immigration-enforcement-cooperation/#p7\`
- \`/pr-42/es/themes/coalition-cities/\`
- \`/pr-42/es/themes/federal-conflict/\`
- \`/pr-42/es/themes/federal-conflict/#state-preemption\`
- \`/pr-42/es/themes/implementation-limits/#implementation-challenges-and-municipal-authority-limits\`
- \`/pr-42/es/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani\`
`;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'explainer-diff-'));
  outside = mkdtempSync(join(tmpdir(), 'explainer-nogit-'));
  for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(repo, folder), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'content');
  clean = mkdtempSync(join(tmpdir(), 'explainer-clean-'));
  git('clone', '-q', repo, clean);

  writeFileSync(
    join(repo, ENTRIES, 'federal-conflict/state-preemption.md'),
    [
      '---',
      'title: State Preemption',
      'theme: federal-conflict',
      'source: mayor-ends-immigration-enforcement-cooperation',
      'paragraphs:',
      '  - p4',
      'order: 2',
      'summary: The state could limit what the city may refuse.',
      'kind: context',
      'updated: 2026-01-02',
      'corrections:',
      '  - date: 2026-01-03',
      '    wrong: the governor vetoed it',
      '    right: the governor signed it',
      '---',
      'The state could limit what the city may refuse.',
      '',
    ].join('\n'),
  );
  unlinkSync(join(repo, ENTRIES, 'coalition-cities/integration-with-broader-social-justice-agenda.md'));
  edit(`${ENTRIES}/sanctuary-policy/detention-and-release-policies-under-mamdani.md`, (t) =>
    t
      .replace(/^summary: .*$/m, 'summary: The city will fund lawyers for detained immigrants.')
      .replace('Mamdani pledged to provide legal counsel', 'Mamdani pledged to provide free legal counsel')
      .replace('already-strained municipal budget', 'strained city budget'),
  );
  edit(`${ENTRIES}/implementation-limits/implementation-challenges-and-municipal-authority-limits.md`, (t) =>
    t.replace(
      'corrections: []',
      'corrections:\n  - date: 2026-02-01\n    wrong: cities can abolish ICE\n    right: cities cannot abolish ICE',
    ),
  );
  edit('content/themes/federal-conflict.md', (t) =>
    t.replace('question: How could the federal government respond?', 'question: What can Washington do?'),
  );
  writeFileSync(join(repo, 'seeds/mayor-ends-immigration-enforcement-cooperation.yaml'), 'publisher: The Example Gazette\n');
  edit(SOURCE, (t) => t.replace('Los Angeles, San Francisco, and Chicago.', 'Los Angeles, San Francisco, Chicago and Denver.'));
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(clean, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('npm run diff', () => {
  it('summarises added, removed and changed entries, corrections, source paragraphs and the pages to review', () => {
    const { status, stdout, stderr } = diff(repo, 'main');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')).toEqual(EXPECTED.split('\n'));
  });

  it('says so when nothing changed', () => {
    const { status, stdout } = diff(clean, 'origin/main');
    expect(status).toBe(0);
    expect(stdout).toBe('## Content changes since `origin/main`\n\nNo changes to content/ or seeds/.\n');
  });

  it('refuses a ref that does not exist, in one line and without a stack trace', () => {
    const { status, stdout, stderr } = diff(repo, 'no-such-branch');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'no-such-branch: no such branch, tag or commit in this repository (for a pull request, fetch the base branch first)\n',
    );
  });

  it('refuses to run outside a git repository', () => {
    const { status, stderr } = diff(outside, 'main');
    expect(status).toBe(1);
    expect(stderr).toBe(`${outside}: not inside a git repository; run the diff from a clone of the project\n`);
  });

  it('asks for exactly one ref', () => {
    expect(diff(repo).stderr).toBe('command line: expected one git ref, e.g. "npm run diff -- origin/main"\n');
    expect(diff(repo, '--output=x').status).toBe(1);
  });
});

describe('npm run diff after a seed change', () => {
  let seeded: string;
  afterAll(() => rmSync(seeded, { recursive: true, force: true }));

  it('lists the entries the change left stale and their pages, and no bookkeeping fields', async () => {
    seeded = mkdtempSync(join(tmpdir(), 'explainer-diff-seed-'));
    for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(seeded, folder), { recursive: true });
    const entry = join(seeded, ENTRIES, 'federal-conflict/national-immigration-enforcement-conflicts.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^summary: .*$/m, 'summary: An editor wrote this summary.'));
    const run = (...args: string[]) =>
      execFileSync('git', ['-C', seeded, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { env, stdio: 'pipe' });
    run('init', '-q', '-b', 'main');
    run('add', '.');
    run('commit', '-q', '-m', 'content');
    const seed = join(seeded, 'seeds/mayor-ends-immigration-enforcement-cooperation.txt');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('promised aggressive deportation', 'promised deportation'));
    await derive({ root: seeded, today: '2026-01-03' });

    const { status, stdout, stderr } = diff(seeded, 'main');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')).toEqual([
      '## Content changes since `main`',
      '',
      'Sources: 1 changed. Seeds: 1 changed. Entries to re-read: 1 stale.',
      '',
      '### Sources',
      '',
      '- Changed: **Mayor commits to ending federal immigration enforcement cooperation and detention** (`mayor-ends-immigration-enforcement-cooperation`): 1 paragraph changed (p4)',
      '',
      '### Entries to re-read',
      '',
      '- **National immigration enforcement conflicts** (`national-immigration-enforcement-conflicts`) in `federal-conflict`: cites mayor-ends-immigration-enforcement-cooperation p4, which changed',
      '',
      '### Seeds',
      '',
      '- Changed: `seeds/mayor-ends-immigration-enforcement-cooperation.txt`',
      '',
      '### Pages to review',
      '',
      '- `/pr-42/sources/mayor-ends-immigration-enforcement-cooperation/#p4`',
      '- `/pr-42/themes/federal-conflict/#national-immigration-enforcement-conflicts`',
      '',
      '#### Español (`es`)',
      '',
      '- `/pr-42/es/sources/mayor-ends-immigration-enforcement-cooperation/#p4`',
      '- `/pr-42/es/themes/federal-conflict/#national-immigration-enforcement-conflicts`',
      '',
    ]);
  });
});
