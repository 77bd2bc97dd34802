/** Reads `content/site.yaml`, the optional settings for the whole site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../model/errors.ts';
import { parseYamlFile, type ParsedFile } from './frontmatter.ts';
import { siteSchema, type SiteSettings } from '../model/schema.ts';
import { validate } from './validate.ts';

export const SITE_FILE = 'content/site.yaml';

/** The settings and where each was written, for `check` to point at a setting that names something missing. */
export function readSiteFile(root: string): { settings: SiteSettings; lineOf: ParsedFile['lineOf'] } {
  const path = join(root, SITE_FILE);
  if (!existsSync(path)) return { settings: siteSchema.parse({}), lineOf: () => 1 };
  const parsed = parseYamlFile(SITE_FILE, readFileSync(path, 'utf8'));
  const result = validate(siteSchema, parsed);
  if (!result.ok) throw new InputError(result.problems);
  return { settings: result.value, lineOf: parsed.lineOf };
}

/** `content/site.yaml` as the content tree carries it: its problems instead of an error. */
export interface SiteFile {
  /** Undefined when the file does not load; `problems` say why. */
  settings: SiteSettings | undefined;
  lineOf: ParsedFile['lineOf'];
  problems: Problem[];
}

export function loadSiteFile(root: string): SiteFile {
  try {
    return { ...readSiteFile(root), problems: [] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { settings: undefined, lineOf: () => 1, problems: error.problems };
  }
}

export function readSiteSettings(root: string): SiteSettings {
  return readSiteFile(root).settings;
}

/** Whether the site tells several stories (content/stories/) and has no name of its own, which `check` asks for. */
export function unnamedSeveral(root: string): boolean {
  const stories = join(root, 'content/stories');
  const count = existsSync(stories) ? readdirSync(stories).filter((f) => f.endsWith('.md')).length : 0;
  return count > 1 && loadSiteFile(root).settings?.name === undefined;
}
