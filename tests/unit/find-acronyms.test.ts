/**
 * The acronym finder on single sentences: both forms of a definition, a
 * possessive and a leading article left off the long form, and parentheses
 * that define nothing. How well it does on a whole article is measured in
 * terms-dates-quality.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { definitionsIn, findAcronyms } from '../../src/lib/derive/terms-timeline/find-acronyms.ts';

const defines: [string, string, { acronym: string; expansion: string }[]][] = [
  ['Full Name (ABBR)', 'The World Health Organization (WHO) said so.', [{ acronym: 'WHO', expansion: 'World Health Organization' }]],
  [
    'ABBR (Full Name)',
    'The city works with ICE (Immigration and Customs Enforcement) on detainers.',
    [{ acronym: 'ICE', expansion: 'Immigration and Customs Enforcement' }],
  ],
  [
    'ABBR (the Full Name)',
    'FEMA (the Federal Emergency Management Agency) paid.',
    [{ acronym: 'FEMA', expansion: 'Federal Emergency Management Agency' }],
  ],
  [
    'both forms in one sentence',
    'The Department of Homeland Security (DHS) and HUD (Housing and Urban Development) met.',
    [
      { acronym: 'DHS', expansion: 'Department of Homeland Security' },
      { acronym: 'HUD', expansion: 'Housing and Urban Development' },
    ],
  ],
  [
    'a possessive left off',
    'Immigration and Customs Enforcement’s (ICE) agents.',
    [{ acronym: 'ICE', expansion: 'Immigration and Customs Enforcement' }],
  ],
  [
    'a hyphenated acronym',
    'Funds from the Community Development Block Grant Disaster Recovery (CDBG-DR) program arrived.',
    [{ acronym: 'CDBG-DR', expansion: 'Community Development Block Grant Disaster Recovery' }],
  ],
];

const definesNothing: [string, string][] = [
  ['an amount of money', 'It cost $5 billion (USD 5,000 million) in all.'],
  ['a list of names', 'The officials (Smith, Jones) met.'],
  ['an aside', 'He spoke (see Section 3) at the UN.'],
  ['an acronym before a description that does not spell it', 'The NGO (a charity) helped.'],
  ['words whose initials do not match', 'The new office (NYC) opened.'],
  ['a long form that does not spell the acronym', 'Block grants for disaster recovery (CDBG-DR) flow slowly.'],
];

describe('definitionsIn', () => {
  it.each(defines)('%s', (_name, sentence, expected) => {
    expect(definitionsIn(sentence)).toEqual(expected);
  });

  it.each(definesNothing)('finds no definition in %s', (_name, sentence) => {
    expect(definitionsIn(sentence)).toEqual([]);
  });
});

describe('findAcronyms', () => {
  it('records the paragraph of the first definition, and lists acronyms used without one with the paragraph of first use', () => {
    const { defined, undefined: used } = findAcronyms([
      { id: 'p1', text: 'ICE officers came. The mayor spoke to the NYPD.' },
      { id: 'p2', text: 'Immigration and Customs Enforcement (ICE) asked for help.' },
      { id: 'p3', text: 'The NYPD said no to ICE (Immigration and Customs Enforcement).' },
    ]);
    expect(defined).toEqual([
      {
        acronym: 'ICE',
        expansion: 'Immigration and Customs Enforcement',
        paragraph: 'p2',
        sentence: 'Immigration and Customs Enforcement (ICE) asked for help.',
      },
    ]);
    expect(used).toEqual([{ acronym: 'NYPD', paragraph: 'p1' }]);
  });
});
