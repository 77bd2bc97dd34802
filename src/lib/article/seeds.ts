/** Reads the articles in `seeds/` and their optional metadata files. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from './article.ts';
import { listFiles } from '../content-files/list-files.ts';
import { inputError, InputError, type Problem } from '../model/errors.ts';
import { parseYamlFile } from '../content-files/frontmatter.ts';
import { contentHash } from '../model/hash.ts';
import { seedMetaSchema, type SeedMeta } from '../model/schema.ts';
import { slugify } from '../text/slug.ts';
import { decodeSeed } from './seed-text.ts';
import { validate } from '../content-files/validate.ts';

/** Plain-text articles are small; anything larger is almost certainly the wrong file. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

export interface Seed {
  slug: string;
  file: string;
  metaFile: string;
  /** Line of a value in the metadata file, for problems derive finds in it (1 when there is no file). */
  metaLineOf: (path: readonly PropertyKey[]) => number;
  hash: string;
  article: Article;
  meta: SeedMeta;
}

export function readSeed(root: string, name: string): Seed {
  const file = `seeds/${name}`;
  const slug = name.replace(/\.txt$/, '');
  if (slugify(slug) !== slug) {
    throw inputError(file, `the file name must be a slug (a-z, 0-9, hyphens); rename it to ${slugify(slug)}.txt`);
  }
  const size = statSync(join(root, file)).size;
  if (size > MAX_SEED_BYTES) {
    throw inputError(
      file,
      `the file is ${(size / 1048576).toFixed(1)} MB; a seed may be at most ${MAX_SEED_BYTES / 1048576} MB of plain text`,
    );
  }
  const text = decodeSeed(file, readFileSync(join(root, file)));
  const metaFile = `seeds/${slug}.yaml`;
  const { meta, lineOf } = readMeta(root, metaFile);
  return { slug, file, metaFile, metaLineOf: lineOf, hash: contentHash(text), article: parseArticle(file, text), meta };
}

function readMeta(root: string, metaFile: string): { meta: SeedMeta; lineOf: Seed['metaLineOf'] } {
  if (!existsSync(join(root, metaFile))) return { meta: seedMetaSchema.parse({}), lineOf: () => 1 };
  const parsed = parseYamlFile(metaFile, readFileSync(join(root, metaFile), 'utf8'));
  const result = validate(seedMetaSchema, parsed);
  if (!result.ok) throw new InputError(result.problems);
  return { meta: result.value, lineOf: parsed.lineOf };
}

/**
 * Every seed, sorted by file name, or the seeds `only` names (file names in
 * `seeds/`, in the order given); problems from all of them are reported
 * together.
 */
export function readSeeds(root: string, only?: readonly string[]): Seed[] {
  const seeds: Seed[] = [];
  const problems: Problem[] = [];
  const names = only ?? listFiles(join(root, 'seeds'), ['.txt']).filter((n) => !n.includes('/'));
  for (const name of names) {
    try {
      seeds.push(readSeed(root, name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  for (const meta of only ? [] : listFiles(join(root, 'seeds'), ['.yaml', '.yml'])) {
    if (!names.includes(meta.replace(/\.ya?ml$/, '.txt'))) {
      problems.push({ file: `seeds/${meta}`, detail: 'metadata without a seed: no matching .txt file' });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return seeds;
}
