/** Reads `content/site.yaml`, the optional settings for the whole site. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors.ts';
import { parseYamlFile } from './frontmatter.ts';
import { siteSchema, type SiteSettings } from '../model/schema.ts';
import { validate } from './validate.ts';

export const SITE_FILE = 'content/site.yaml';

export function readSiteSettings(root: string): SiteSettings {
  const path = join(root, SITE_FILE);
  if (!existsSync(path)) return {};
  const result = validate(siteSchema, parseYamlFile(SITE_FILE, readFileSync(path, 'utf8')));
  if (!result.ok) throw new InputError(result.problems);
  return result.value;
}
