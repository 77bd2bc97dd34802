/**
 * Runs a zod schema over parsed file data and turns each issue into a
 * one-line problem: file, line, field path, what was expected, what was found.
 */
import type { z } from 'zod';
import type { Problem } from '../model/errors.ts';
import type { ParsedFile } from './frontmatter.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function validate<S extends z.ZodType>(schema: S, parsed: ParsedFile): Validated<z.output<S>> {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue) => toProblems(issue, parsed));
  return { ok: false, problems };
}

function toProblems(issue: z.core.$ZodIssue, parsed: ParsedFile): Problem[] {
  const found = valueAt(parsed.data, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file: parsed.file,
      line: parsed.lineOf([...issue.path, key]),
      field: fieldName([...issue.path, key]),
      detail: 'unknown field; remove it or check its spelling',
    }));
  }
  return [
    { file: parsed.file, line: parsed.lineOf(issue.path), field: fieldName(issue.path) || '(frontmatter)', detail: describe(issue, found) },
  ];
}

function describe(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `expected ${issue.expected}, found nothing (the field is required)`;
      // YAML reads `- 2011` or `- true` as a number or a boolean; the fix is quotation marks.
      if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean'))
        return `expected string, found ${show(found)}; put it in quotes ("${String(found)}") so it is read as text`;
      return `expected ${issue.expected}, found ${show(found)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${show(found)}`;
    case 'too_small':
      return Array.isArray(found)
        ? `expected at least ${issue.minimum} item(s), found ${found.length}`
        : `expected ${issue.origin === 'string' ? 'non-empty text' : `at least ${issue.minimum}`}, found ${show(found)}`;
    case 'invalid_format':
      return `expected ${issue.message}, found ${show(found)}`;
    case 'invalid_union':
      return `expected a date as YYYY-MM-DD, found ${show(found)}`;
    case 'custom':
      return issue.message;
    default:
      return `${issue.message}, found ${show(found)}`;
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}
