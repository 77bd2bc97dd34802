/** Writes a synthetic corpus into a data root and applies the editor pass to what derive wrote. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editEntry } from '../../src/lib/tooling/bench/editor-pass.ts';
import { generateCorpus } from '../../src/lib/tooling/bench/synthetic.ts';
import { listFiles } from '../../src/lib/content-files/list-files.ts';

export function writeCorpus(root: string, entries: number): void {
  for (const { path, text } of generateCorpus({ entries }).files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Each entry gains a subheading, a list, a verified quote and a link to the next entry in file order. */
export function editorPass(root: string): void {
  const dir = join(root, 'content', 'entries');
  const names = listFiles(dir, ['.md']);
  const titles = names.map((name) => /^title: (.*)$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? name);
  names.forEach((name, i) => {
    const next = (i + 1) % names.length;
    const [theme, file] = names[next]!.split('/') as [string, string];
    const related = { title: titles[next]!, href: `/themes/${theme}/#${file.replace(/\.md$/, '')}` };
    writeFileSync(join(dir, name), editEntry(readFileSync(join(dir, name), 'utf8'), related));
  });
}

/**
 * The next article of the same synthetic newsroom (ten more sections, in its story's themes), as a
 * new seed and its metadata: what a newsroom adds between two builds. Returns its seed file,
 * relative to the data root.
 */
export function addOneArticle(root: string, entries: number): string {
  const before = new Set(generateCorpus({ entries }).files.map((f) => f.path));
  const added = generateCorpus({ entries: entries + 10 }).files.filter((f) => !before.has(f.path));
  const seed = added.find((f) => f.path.endsWith('.txt'));
  if (!seed || added.some((f) => !f.path.startsWith(seed.path.replace(/\.txt$/, '.'))))
    throw new Error(`expected one more seed and its metadata, found ${added.map((f) => f.path).join(', ')}`);
  for (const file of added) writeFileSync(join(root, file.path), file.text);
  return seed.path;
}

/** An edit a maintainer might make between two builds: one more sentence in one entry. */
export function editOneEntry(root: string): void {
  const dir = join(root, 'content', 'entries');
  const name = listFiles(dir, ['.md'])[0]!;
  const text = readFileSync(join(dir, name), 'utf8');
  writeFileSync(join(dir, name), `${text}\nA correction to this entry was requested by a reader.\n`);
}
