/**
 * What the editors do with what derive proposed for a new story: write the
 * story's standfirst, keep each question's drafts or write what is missing,
 * delete the status lines, and turn down the proposed key terms and dates.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const files = (root: string, dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .map((p) => join(root, dir, p));

const edit = (path: string, change: (text: string) => string): void => writeFileSync(path, change(readFileSync(path, 'utf8')));

export function confirmDrafts(root: string): void {
  for (const path of [...files(root, 'content/stories'), ...files(root, 'content/themes')]) {
    if (!/^status: proposed$/m.test(readFileSync(path, 'utf8'))) continue;
    edit(path, (text) =>
      text
        .replace(/^status: proposed\n/m, path.includes('/stories/') ? 'standfirst: What the editors say the news is.\n' : '')
        // A draft question or answer derive wrote is kept as the editors' own; a missing one is written.
        .replace(
          /^title: .*$/m,
          (line) =>
            line +
            (/^question:/m.test(text) ? '' : '\nquestion: What does this part of the story say?') +
            (/^summary:/m.test(text) ? '' : '\nsummary: What the editors say it says.'),
        ),
    );
  }
  for (const path of [...files(root, 'content/terms'), ...files(root, 'content/timelines')])
    edit(path, (text) => text.replace(/^status: proposed$/m, 'status: rejected'));
}
