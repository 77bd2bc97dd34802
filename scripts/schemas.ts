/**
 * npm run schemas [-- --check]
 * Writes schemas/*.schema.json, the JSON Schemas editors use for frontmatter
 * and YAML help, from the zod schemas. --check writes nothing and exits 1
 * when the committed files are out of date.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { schemaFileName, schemaFileText, schemaNames } from '../src/lib/model/json-schemas.ts';
import { parseFlags, runAsProgram, type CliIo } from './cli.ts';

const projectRoot = join(import.meta.dirname, '..');

export function main(argv: readonly string[], io: CliIo): number {
  const check = parseFlags(argv, ['--check']).has('--check');
  const stale: string[] = [];
  for (const name of schemaNames) {
    const file = schemaFileName(name);
    const path = join(projectRoot, file);
    const text = schemaFileText(name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    stale.push(file);
    if (check) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    io.stdout.write(`wrote ${file}\n`);
  }
  if (check && stale.length > 0) {
    io.stderr.write(`${stale.join(', ')}: out of date with src/lib/model/schema.ts; run "npm run schemas".\n`);
    return 1;
  }
  if (stale.length === 0) io.stdout.write('schemas up to date.\n');
  return 0;
}

if (import.meta.main) await runAsProgram(main);
