/**
 * npm run schemas [-- --check]
 * Writes schemas/*.schema.json, the JSON Schemas editors use for frontmatter
 * and YAML help, from the zod schemas. --check writes nothing and exits 1
 * when the committed files are out of date.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { schemaFileName, schemaFileText, schemaNames } from '../src/lib/model/json-schemas.ts';
import { parseFlags, runCli } from './cli.ts';

const projectRoot = join(import.meta.dirname, '..');

runCli(() => {
  const check = parseFlags(process.argv.slice(2), ['--check']).has('--check');
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
    console.log(`wrote ${file}`);
  }
  if (check && stale.length > 0) {
    console.error(`${stale.join(', ')}: out of date with src/lib/model/schema.ts; run "npm run schemas".`);
    return 1;
  }
  if (stale.length === 0) console.log('schemas up to date.');
});
