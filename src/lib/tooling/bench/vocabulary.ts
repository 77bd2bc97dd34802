/**
 * Words for synthetic newsroom prose. Theme keywords are invented words, so
 * no sentence of ordinary filler can score for a theme by accident and
 * derive's keyword assignment lands every section where the generator meant.
 */
import type { Random } from './prng.ts';

const CONSONANTS = 'bdfgklmnprstv';
const VOWELS = 'aeiou';

const SYLLABLES = CONSONANTS.length * VOWELS.length;
const WORDS = SYLLABLES ** 3;

/** The n-th invented word: three consonant-vowel syllables and a closing "x", unlike any English word. */
export function inventedWord(n: number): string {
  let word = '';
  // Multiplying by a prime coprime with WORDS is a bijection that makes neighbouring words look unalike.
  let rest = (n * 7919 + 1234) % WORDS;
  for (let i = 0; i < 3; i++) {
    word += CONSONANTS[rest % CONSONANTS.length]! + VOWELS[Math.floor(rest / CONSONANTS.length) % VOWELS.length]!;
    rest = Math.floor(rest / SYLLABLES);
  }
  return `${word}x`;
}

export const capitalise = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

const SUBJECTS = [
  'The city council',
  'The mayor’s office',
  'State officials',
  'Local advocates',
  'The budget committee',
  'Residents of the district',
  'The transit authority',
  'School board members',
  'Union leaders',
  'The county executive',
];
const VERBS = ['approved', 'questioned', 'delayed', 'expanded', 'reviewed', 'funded', 'opposed', 'announced', 'revised', 'defended'];
const OBJECTS = [
  'a plan for new housing',
  'the proposed rent rules',
  'an overhaul of bus routes',
  'the hiring freeze',
  'a pilot for clinics',
  'new limits on overtime',
  'the public safety budget',
  'a program for tenants',
  'the zoning changes',
  'a contract with the state',
];
const TAILS = [
  'after months of debate',
  'despite objections from neighbours',
  'in a vote on Tuesday',
  'ahead of the next fiscal year',
  'following a public hearing',
  'with support from both parties',
  'under pressure from the state',
  'as costs continued to rise',
];
const HEDGES = [
  'Observers said the move could',
  'Analysts suggested it would likely',
  'Critics warned the decision might',
  'Supporters argued it would probably',
];
const OUTCOMES = [
  'reshape spending for years',
  'slow other projects',
  'draw legal challenges',
  'ease pressure on renters',
  'test the coalition behind it',
];

export const HEADING_NOUNS = [
  'Budget Review',
  'Housing Plan',
  'Transit Changes',
  'Hiring Rules',
  'School Funding',
  'Tenant Protections',
  'Health Clinics',
  'Zoning Debate',
  'Contract Talks',
  'Safety Measures',
];
export const PLACES = ['Harbour', 'Northside', 'Riverside', 'Old Town', 'Eastgate', 'Hillcrest', 'Westfield', 'Lakeshore'];

/** One sentence of reporting, or (one time in four) of analysis, ending in a full stop. */
export function sentence(random: Random): string {
  if (random.int(4) === 0) return `${random.pick(HEDGES)} ${random.pick(OUTCOMES)}.`;
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(TAILS)}.`;
}
