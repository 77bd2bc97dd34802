import { describe, expect, it } from 'vitest';
import { leadExcerpt } from '../../src/lib/render/lead-excerpt.ts';
import { homeHeadline } from '../../src/lib/render/wording.ts';

describe('the opening of the lead the home page quotes', () => {
  it('quotes a short lead whole, unmarked', () => {
    expect(leadExcerpt(['The council met on Monday. It voted to act.'])).toEqual({
      text: 'The council met on Monday. It voted to act.',
      shortened: false,
    });
  });

  it('keeps whole sentences while they fit, and marks the cut with an ellipsis', () => {
    const lead = 'First sentence is here. Second one follows it. Third would be too long for the room left.';
    expect(leadExcerpt([lead], 50)).toEqual({ text: 'First sentence is here. Second one follows it. …', shortened: true });
  });

  it('cuts a first sentence longer than the room at a word, never inside one, within the room', () => {
    const lead = 'The mayor, speaking at length on Tuesday, committed the administration to a long list of measures, each costly.';
    const { text, shortened } = leadExcerpt([lead], 60);
    expect(shortened).toBe(true);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).toBe('The mayor, speaking at length on Tuesday, committed the …');
    expect(lead.startsWith(text.slice(0, -2))).toBe(true);
  });

  it('drops a comma left at the cut', () => {
    expect(leadExcerpt(['Alpha beta gamma, delta epsilon zeta eta theta iota kappa lambda mu.'], 20).text).toBe('Alpha beta gamma …');
  });

  it('marks a lead of several paragraphs as shortened even when the first fits', () => {
    expect(leadExcerpt(['One short paragraph.', 'A second paragraph.'])).toEqual({ text: 'One short paragraph. …', shortened: true });
  });

  it('gives nothing for no lead', () => {
    expect(leadExcerpt([])).toEqual({ text: '', shortened: false });
  });
});

describe('the home page headline', () => {
  it('is the site’s short name, or says it explains the story when the name is the story’s own headline', () => {
    expect(homeHeadline('River floods, explained', 'River town braces for spring floods')).toBe('River floods, explained');
    expect(homeHeadline('River town braces for spring floods', 'River town braces for spring floods')).toBe(
      'Explained: River town braces for spring floods',
    );
    expect(homeHeadline('Explainer', undefined)).toBe('Explainer');
  });
});
