import { describe, expect, it } from 'vitest';
import { sectionHeading } from '../../src/lib/render/section-heading.ts';

const sections = [
  { heading: null, paragraphs: ['p1'] },
  { heading: 'Detention and Release Policies Under Mamdani', paragraphs: ['p2', 'p3'] },
  { heading: 'National Immigration Enforcement Conflicts', paragraphs: ['p4'] },
];

describe("an entry's section heading, for its attribution", () => {
  it('is the heading over its first cited paragraph, as the source writes it', () => {
    expect(sectionHeading(sections, ['p3', 'p4'], 'Detention and release policies under Mamdani')).toBe(
      'Detention and Release Policies Under Mamdani',
    );
    expect(sectionHeading(sections, ['p4'], 'A city against the federal government')).toBe('National Immigration Enforcement Conflicts');
  });

  it('is none before the first heading, for an entry citing no paragraph, or where the title is the heading as written', () => {
    expect(sectionHeading(sections, ['p1'], 'The lead')).toBeUndefined();
    expect(sectionHeading(sections, [], 'Context')).toBeUndefined();
    expect(sectionHeading(sections, ['p9'], 'A paragraph the source no longer has')).toBeUndefined();
    expect(sectionHeading(sections, ['p4'], 'National Immigration Enforcement Conflicts')).toBeUndefined();
  });
});
