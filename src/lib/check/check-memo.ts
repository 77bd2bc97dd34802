/**
 * What `check` found about each file, kept between checks of a tree that
 * changes a file at a time (the dev server, src/lib/content-files/reload-file.ts):
 * checking a file's markup, a source's paragraph hashes and an entry against
 * its source costs most of a check, and each answer depends on those files
 * alone. Answers are keyed by the loaded items themselves, so a reloaded
 * file (a new item) is checked again, and so is every entry citing a
 * reloaded source; nothing is looked up by name or date.
 */
export class CheckMemo {
  private readonly answers = new WeakMap<object, Map<string, { key: unknown; answer: unknown }>>();

  /** The answer `compute` gives about `item`, computed again when `key` (whatever else it depends on) differs. */
  about<T>(item: object, kind: string, key: unknown, compute: () => T): T {
    let answers = this.answers.get(item);
    if (!answers) this.answers.set(item, (answers = new Map()));
    const kept = answers.get(kind);
    if (kept && kept.key === key) return kept.answer as T;
    const answer = compute();
    answers.set(kind, { key, answer });
    return answer;
  }
}
