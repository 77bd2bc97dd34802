import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWriter } from '../../src/lib/content-files/atomic-write.ts';

describe('atomic writes in the background', () => {
  it('writes every file, in any number of folders, leaving no temporary file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-writer-'));
    const writer = atomicWriter(4);
    for (let i = 0; i < 200; i++) writer.add(join(root, `f${i % 7}`, `n${i}.md`), `file ${i}\n`);
    await writer.done();
    const names = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'));
    expect(names).toHaveLength(200);
    expect(readFileSync(join(root, 'f3', 'n10.md'), 'utf8')).toBe('file 10\n');
    expect(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reports the first failure once every write has settled, and leaves no temporary file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-writer-'));
    writeFileSync(join(root, 'blocked'), 'a file where a folder should be');
    const writer = atomicWriter(4);
    writer.add(join(root, 'ok', 'a.md'), 'a');
    writer.add(join(root, 'blocked', 'b.md'), 'b');
    await expect(writer.done()).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('finishes at once when nothing was added', async () => {
    await expect(atomicWriter().done()).resolves.toBeUndefined();
  });
});
