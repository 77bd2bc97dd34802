/**
 * The text of a file derive writes: an entry's frontmatter and body, or a
 * source's YAML under a header that says not to edit it. `confirm` rewrites
 * a source's bookkeeping through the same function, so its bytes are the
 * ones derive would write.
 */
import { stringifyMarkdown, stringifyYaml } from './frontmatter.ts';
import type { DerivedRecord } from '../model/schema.ts';

export function derivedFileText(path: string, data: object, body: string, record: DerivedRecord): string {
  const output = { ...data, derived: record };
  if (path.endsWith('.md')) return stringifyMarkdown(output, body);
  return `# Derived from ${record.from} by "npm run derive". Edit the seed, not this file.\n${stringifyYaml(output)}`;
}
