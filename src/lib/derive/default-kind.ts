/**
 * The default kind of a derived entry. Rule (documented in docs/authoring.md):
 * a section is "analysis" when at least half of its sentences use wording that
 * signals interpretation, prediction or evaluation; otherwise "reporting".
 * Editors change the kind by hand; derive never overrides an edited entry.
 */
import type { EntryKind } from '../model/schema.ts';
import { sentencesOf } from '../text/sentences.ts';

export const ANALYSIS_SIGNALS = [
  'could',
  'would',
  'might',
  'may',
  'likely',
  'unlikely',
  'probably',
  'perhaps',
  'potentially',
  'appears',
  'appear',
  'seems',
  'suggests',
  'suggesting',
  'signals',
  'signaling',
  'signalling',
  'demonstrates',
  'reflects',
  'indicates',
  'risks',
  'uncertain',
  'realistic',
  'strengthens',
] as const;

const SIGNAL = new RegExp(`\\b(?:${ANALYSIS_SIGNALS.join('|')})\\b`, 'i');

export function defaultKind(text: string): EntryKind {
  const sentences = sentencesOf(text);
  const signalled = sentences.filter((s) => SIGNAL.test(s)).length;
  return sentences.length > 0 && signalled * 2 >= sentences.length ? 'analysis' : 'reporting';
}
