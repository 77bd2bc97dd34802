import { describe, expect, it } from 'vitest';
import { leadStory } from '../../src/lib/content-files/lead-story.ts';

const story = (id: string, published?: string) => ({ id, data: published ? { published } : {} });
const ids = (stories: { id: string }[]) => stories.map((s) => s.id);

describe('the lead story of a site of several articles', () => {
  const sources = [story('a-older', '2025-06-01'), story('b-undated'), story('c-newest', '2026-03-10'), story('d-undated')];

  it('is the most recently published source by default; undated ones come last, by slug', () => {
    const { lead, further } = leadStory(sources);
    expect(lead?.id).toBe('c-newest');
    expect(ids(further)).toEqual(['a-older', 'b-undated', 'd-undated']);
  });

  it('is the source content/site.yaml names, whatever its date', () => {
    const { lead, further } = leadStory(sources, 'b-undated');
    expect(lead?.id).toBe('b-undated');
    expect(ids(further)).toEqual(['c-newest', 'a-older', 'd-undated']);
  });

  it('is the first slug when no source has a date, and nothing on an empty site', () => {
    expect(leadStory([story('z'), story('m')]).lead?.id).toBe('m');
    expect(leadStory([])).toEqual({ lead: undefined, further: [] });
  });
});
