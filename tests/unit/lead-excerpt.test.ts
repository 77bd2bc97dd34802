import { describe, expect, it } from 'vitest';
import { leadExcerpt, translatedExcerpt } from '../../src/lib/render/lead-excerpt.ts';
import { storyHeadline } from '../../src/lib/render/wording.ts';
import { ENGLISH } from '../helpers/english.ts';

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

describe('the translation of the quoted opening, in an edition', () => {
  const original = ['First sentence is here. Second one follows it. Third would be too long for the room left.'];
  const translated = ['La primera frase está aquí. La segunda la sigue. La tercera sería demasiado larga.'];

  it('keeps as many sentences as the original’s excerpt, however long they are, marked the same way', () => {
    expect(translatedExcerpt(translated, original, 50)).toEqual({
      text: 'La primera frase está aquí. La segunda la sigue. …',
      shortened: true,
    });
  });

  it('gives a sentence whole where the original’s was cut inside it', () => {
    expect(translatedExcerpt(translated, original, 20)).toEqual({ text: 'La primera frase está aquí. …', shortened: true });
  });

  it('gives the whole translation of a lead quoted whole', () => {
    expect(translatedExcerpt(['Una frase. Otra.'], ['One sentence. Another.'])).toEqual({ text: 'Una frase. Otra.', shortened: false });
  });
});

describe('a story home page’s headline', () => {
  it('is the story’s headline, or says it explains the story when the headline is its article’s own', () => {
    expect(storyHeadline(ENGLISH, 'River floods, explained', false)).toBe('River floods, explained');
    expect(storyHeadline(ENGLISH, 'River town braces for spring floods', true)).toBe('Explained: River town braces for spring floods');
  });
});
