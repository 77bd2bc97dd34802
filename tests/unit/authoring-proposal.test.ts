/**
 * docs/authoring.md shows a proposed theme before and after an editor's
 * pass. The "before" is what derive writes for the article it names, word
 * for word, and the "after" is a theme `check` accepts as the editors' own.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { assignmentFixtures } from '../../src/lib/tooling/eval/labelled-sets.ts';
import { projectRoot } from '../helpers/build-site.ts';

const guide = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8');

function block(name: string): string {
  const found = new RegExp(`<!-- proposal:${name} -->\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n\\n<!-- /proposal:${name} -->`).exec(guide);
  if (!found) throw new Error(`docs/authoring.md has no proposal:${name} block`);
  return found[1]!;
}

it('shows the proposal derive writes for the loan options article, and the same theme after an editor passes check', async () => {
  const root = mkdtempSync(join(tmpdir(), 'explainer-guide-'));
  mkdirSync(join(root, 'seeds'));
  cpSync(join(assignmentFixtures('development'), 'cfpb-loan-options/seed.txt'), join(root, 'seeds/loan-options.txt'));
  await derive({ root, today: '2026-01-02' });
  const file = join(root, 'content/themes/loan-term.md');
  expect(readFileSync(file, 'utf8')).toBe(block('before'));

  writeFileSync(file, block('after'));
  const { errors, drafts } = checkContent(root);
  expect(errors.map(formatProblem)).toEqual([]);
  expect(drafts.map((d) => d.file)).not.toContain('content/themes/loan-term.md');
  rmSync(root, { recursive: true, force: true });
});
