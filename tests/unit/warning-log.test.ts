import { describe, expect, it } from 'vitest';
import { WarningLog } from '../../src/lib/check/warning-log.ts';

describe('the warnings the dev server prints after a save', () => {
  it('are those new since the last check, and a warning that went away and came back is new again', () => {
    const log = new WarningLog();
    expect(log.fresh(['a', 'b'])).toEqual(['a', 'b']);
    expect(log.fresh(['a', 'b'])).toEqual([]);
    expect(log.fresh(['a', 'b', 'c'])).toEqual(['c']);
    expect(log.fresh(['b'])).toEqual([]);
    expect(log.fresh(['a', 'b'])).toEqual(['a']);
  });
});
