/** A theme derive proposed is a draft until an editor writes (or rewrites derive's drafts of) its question and summary: one draft per theme, on its status line. */
import type { Found, TreeIndex } from './tree-index.ts';

export function draftThemes({ tree }: TreeIndex): Found {
  return {
    drafts: tree.themes
      .filter((t) => t.data.status === 'proposed')
      .map((t) => ({
        file: t.file,
        line: t.lineOf(['status']),
        field: 'status',
        detail: `proposed theme "${t.id}" is a draft; ${
          t.data.question !== undefined && t.data.summary !== undefined
            ? 'rewrite its draft question and summary'
            : 'write its question and summary'
        }, then delete the status line`,
      })),
  };
}
