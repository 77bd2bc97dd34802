import { describe, expect, it } from 'vitest';
import { correctionId, correctionLine, correctionWording } from '../../src/lib/render/correction.ts';
import { latestDate, readableDate } from '../../src/lib/render/dates.ts';
import { homeDek } from '../../src/lib/render/dek.ts';
import { feedItems } from '../../src/lib/render/feed-items.ts';
import { KIND_LABELS, KIND_ORDER } from '../../src/lib/render/kind-labels.ts';
import { MAX_TITLE, pageTitle, shorten } from '../../src/lib/render/page-title.ts';
import { robotsTxt } from '../../src/lib/render/robots.ts';
import { entryKind } from '../../src/lib/model/schema.ts';

describe('dates for readers', () => {
  it('spells out the month and drops the leading zero', () => {
    expect(readableDate('2026-05-02')).toBe('2 May 2026');
    expect(readableDate('2026-12-31')).toBe('31 December 2026');
  });

  it('refuses anything that is not YYYY-MM-DD', () => {
    expect(() => readableDate('02/05/2026')).toThrow('expected a date as YYYY-MM-DD, found "02/05/2026"');
    expect(() => readableDate('2026-13-01')).toThrow('found "2026-13-01"');
  });

  it('finds the latest date, or none', () => {
    expect(latestDate(['2026-01-09', '2026-03-01', '2025-12-31'])).toBe('2026-03-01');
    expect(latestDate([])).toBeUndefined();
  });
});

describe('corrections, worded as newsrooms do', () => {
  it('says what the entry said and what is right, as full sentences', () => {
    expect(correctionWording({ date: '2026-05-12', wrong: 'the vote was 5 to 4', right: 'it was 6 to 3' })).toEqual({
      date: '12 May 2026',
      text: 'This entry previously said the vote was 5 to 4. In fact, it was 6 to 3.',
    });
  });

  it('does not double the full stop the editor already wrote', () => {
    expect(correctionLine({ date: '2026-05-12', wrong: 'the law passed.', right: 'it was vetoed.' })).toBe(
      'Correction, 12 May 2026: This entry previously said the law passed. In fact, it was vetoed.',
    );
  });

  it('quotes a wrong statement written as a full sentence, and never follows "said" with a capital', () => {
    expect(
      correctionWording({ date: '2026-05-12', wrong: 'The board voted 5 to 4.', right: 'The board voted 6 to 3, with one abstention.' })
        .text,
    ).toBe('This entry previously said: “The board voted 5 to 4.” In fact: The board voted 6 to 3, with one abstention.');
    expect(correctionWording({ date: '2026-05-12', wrong: '2,000 people came', right: 'about 200 came' }).text).toBe(
      'This entry previously said: “2,000 people came.” In fact, about 200 came.',
    );
  });

  it('numbers correction anchors from 1', () => {
    expect(correctionId('an-entry', 0)).toBe('an-entry-correction-1');
  });
});

describe('the update feed', () => {
  it('lists updates and corrections newest first, each with its own link', () => {
    const items = feedItems([
      {
        slug: 'a',
        title: 'A',
        summary: 'About A.',
        updated: '2026-01-02',
        link: '/t/#a',
        corrections: [{ date: '2026-02-01', wrong: 'x', right: 'y' }],
      },
      { slug: 'b', title: 'B', summary: 'About B.', updated: '2026-01-05', link: '/t/#b', corrections: [] },
    ]);
    expect(items).toEqual([
      {
        title: 'Correction: A',
        link: '/t/#a-correction-1',
        date: '2026-02-01',
        description: 'Correction, 1 February 2026: This entry previously said x. In fact, y.',
      },
      { title: 'B', link: '/t/#b', date: '2026-01-05', description: 'About B.' },
      { title: 'A', link: '/t/#a', date: '2026-01-02', description: 'About A.' },
    ]);
  });
});

describe('kind labels', () => {
  it('has a label and a definition for every kind the schema allows, in a fixed order', () => {
    expect([...KIND_ORDER].sort()).toEqual([...entryKind.options].sort());
    for (const kind of entryKind.options) {
      expect(KIND_LABELS[kind].label).toMatch(/^[A-Z]/);
      expect(KIND_LABELS[kind].definition).toMatch(/\.$/);
    }
  });
});

describe('home dek and robots.txt', () => {
  it('describes the explainer by its shape, never its topic', () => {
    expect(homeDek(4, 1)).toBe('The story in four questions. Every answer links to the paragraph of the source article it comes from.');
    expect(homeDek(1, 2)).toBe('The story in one question. Every answer links to the paragraph of the source articles it comes from.');
    expect(homeDek(12, 1)).toContain('in 12 questions');
  });

  it('allows crawling and names the sitemap', () => {
    expect(robotsTxt('https://example.org/pr-42/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/pr-42/sitemap-index.xml\n',
    );
  });
});

describe('document titles', () => {
  const site = 'A fairly long headline that names the whole story in detail';

  it('keeps page title and site name when they fit', () => {
    expect(pageTitle('Search', 'Short site')).toBe('Search · Short site');
  });

  it('shortens the site name at a word boundary before touching the page title', () => {
    const title = pageTitle('Who pays for it?', site);
    expect(title).toBe('Who pays for it? · A fairly long headline that names the…');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
  });

  it('drops the site name when only a scrap of it would fit', () => {
    expect(pageTitle('How could the federal government respond to this?', site)).toBe('How could the federal government respond to this?');
  });

  it('shortens an over-long title at a word boundary', () => {
    expect(pageTitle('How could the federal government respond to all of this, in detail?', site)).toBe(
      'How could the federal government respond to all of this, in…',
    );
    expect(shorten(`${site} and then some more words`, MAX_TITLE)).toBe('A fairly long headline that names the whole story in detail…');
  });
});
