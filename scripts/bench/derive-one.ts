/** Times derive of a single ten-section article in this process, so Node's start-up is not counted. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { derive } from '../../src/lib/derive/derive.ts';
import { writeCorpus } from './corpus.ts';

export async function deriveOneArticle(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'explainer-bench-one-'));
  try {
    writeCorpus(root, 10);
    // derive loads its parsers and planner only when it has something to derive: loaded here, untimed.
    await import('../../src/lib/derive/derive-pass.ts');
    const start = performance.now();
    await derive({ root });
    return performance.now() - start;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
