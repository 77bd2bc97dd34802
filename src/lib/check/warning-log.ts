/**
 * The dev server checks the tree again after every save; printing every
 * warning each time buries the one the save caused under the drafts that
 * were already there. The log remembers the warnings it printed last, and
 * hands back only those that are new since (a warning that went away and
 * came back is new again). `npm run check` and a build print them all.
 */
export class WarningLog {
  private shown = new Set<string>();

  /** The lines of `current` not printed at the last check; all of `current` is remembered for the next. */
  fresh(current: readonly string[]): string[] {
    const fresh = current.filter((line) => !this.shown.has(line));
    this.shown = new Set(current);
    return fresh;
  }
}
