import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionId, correctionLine, correctionWording } from '../../src/lib/render/correction.ts';
import { latestDate } from '../../src/lib/render/dates.ts';
import { createInterface } from '../../src/lib/render/interface.ts';
import { robotsTxt } from '../../src/lib/render/robots.ts';
import { sourceFacts } from '../../src/lib/render/source-facts.ts';
import { UPDATE_LABEL, updateItems } from '../../src/lib/render/updates.ts';
import { KIND_ORDER, citationText, homeDek, pageTitle, paragraphRuns, sourceLinkText } from '../../src/lib/render/wording.ts';
import { entryKind } from '../../src/lib/model/schema.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { EDITORS_LABEL, ENGLISH, KIND_LABELS } from '../helpers/english.ts';

describe('dates for readers', () => {
  it('spells out the month and drops the leading zero', () => {
    expect(ENGLISH.date('2026-05-02')).toBe('2 May 2026');
    expect(ENGLISH.date('2026-12-31')).toBe('31 December 2026');
  });

  it('refuses anything that is not YYYY-MM-DD', () => {
    expect(() => ENGLISH.date('02/05/2026')).toThrow('expected a date as YYYY-MM-DD, found "02/05/2026"');
    expect(() => ENGLISH.date('2026-13-01')).toThrow('found "2026-13-01"');
  });

  it('writes dates for the page’s language, the same on any machine', () => {
    expect(createInterface({ code: 'es', name: 'Español', dir: 'ltr' }).date('2026-11-26')).toBe('26 de noviembre de 2026');
    expect(createInterface({ code: 'ar', name: 'العربية', dir: 'rtl' }).date('2026-11-26')).toMatch(/نوفمبر/);
  });

  it('finds the latest date, or none', () => {
    expect(latestDate(['2026-01-09', '2026-03-01', '2025-12-31'])).toBe('2026-03-01');
    expect(latestDate([])).toBeUndefined();
  });
});

describe('corrections, worded as newsrooms do', () => {
  it('says what the entry said and what is right, as full sentences', () => {
    expect(correctionWording(ENGLISH, { date: '2026-05-12', wrong: 'the vote was 5 to 4', right: 'it was 6 to 3' })).toEqual({
      date: '12 May 2026',
      text: 'This entry previously said the vote was 5 to 4. In fact, it was 6 to 3.',
    });
  });

  it('does not double the full stop the editor already wrote', () => {
    expect(correctionLine(ENGLISH, { date: '2026-05-12', wrong: 'the law passed.', right: 'it was vetoed.' })).toBe(
      'Correction, 12 May 2026: This entry previously said the law passed. In fact, it was vetoed.',
    );
  });

  it('quotes a wrong statement written as a full sentence, and never follows "said" with a capital', () => {
    expect(
      correctionWording(ENGLISH, {
        date: '2026-05-12',
        wrong: 'The board voted 5 to 4.',
        right: 'The board voted 6 to 3, with one abstention.',
      }).text,
    ).toBe('This entry previously said: “The board voted 5 to 4.” In fact: The board voted 6 to 3, with one abstention.');
    expect(correctionWording(ENGLISH, { date: '2026-05-12', wrong: '2,000 people came', right: 'about 200 came' }).text).toBe(
      'This entry previously said: “2,000 people came.” In fact, about 200 came.',
    );
  });

  it('numbers correction anchors from 1', () => {
    expect(correctionId('an-entry', 0)).toBe('an-entry-correction-1');
  });
});

describe('updates and corrections', () => {
  const entries = [
    {
      slug: 'a',
      title: 'A',
      summary: 'About A.',
      updated: '2026-01-02',
      link: '/t/#a',
      corrections: [{ date: '2026-02-01', wrong: 'x', right: 'y' }],
    },
    { slug: 'b', title: 'B', summary: 'About B.', updated: '2026-01-05', link: '/t/#b', corrections: [] },
  ];

  it('lists changes newest first, each with a name and a link of its own', () => {
    expect(updateItems(ENGLISH, { entries })).toEqual([
      {
        kind: 'correction',
        entry: 'A',
        title: 'Correction of 1 February 2026 to A',
        link: '/t/#a-correction-1',
        date: '2026-02-01',
        description: 'Correction, 1 February 2026: This entry previously said x. In fact, y.',
        quoted: false,
      },
      { kind: 'entry', entry: 'B', title: 'B', link: '/t/#b', date: '2026-01-05', description: 'About B.', quoted: false },
      { kind: 'entry', entry: 'A', title: 'A', link: '/t/#a', date: '2026-01-02', description: 'About A.', quoted: false },
    ]);
  });

  it('makes one row of a correction that also dated its entry, not two', () => {
    const corrected = [{ ...entries[0]!, updated: '2026-02-01' }];
    expect(updateItems(ENGLISH, { entries: corrected }).map((item) => item.kind)).toEqual(['correction']);
  });

  it('keeps the order it was given (the stories’ and questions’) for changes of one day, not the alphabet', () => {
    const sameDay = ['z', 'a', 'm'].map((slug) => ({
      slug,
      title: slug,
      summary: '',
      updated: '2026-03-01',
      link: `/t/#${slug}`,
      corrections: [],
    }));
    expect(updateItems(ENGLISH, { entries: sameDay }).map((item) => item.link)).toEqual(['/t/#z', '/t/#a', '/t/#m']);
  });

  it('says when a change’s text is the source’s own words', () => {
    const quoted = [{ ...entries[1]!, quote: true }];
    expect(updateItems(ENGLISH, { entries: quoted })[0]).toMatchObject({ kind: 'entry', description: 'About B.', quoted: true });
  });

  it('lists a newer version of an article as an update of the source', () => {
    const versions = [{ title: 'Rents, revised', link: '/sources/rents-2/', date: '2026-01-03', replaced: 'Rents' }];
    expect(updateItems(ENGLISH, { entries: [], versions })).toEqual([
      {
        kind: 'source',
        entry: 'Rents, revised',
        title: 'Rents, revised',
        link: '/sources/rents-2/',
        date: '2026-01-03',
        description: 'It replaces the earlier version, “Rents”, which stays on its source page for what still cites it.',
        quoted: false,
      },
    ]);
  });

  it('keeps only the newest items', () => {
    expect(updateItems(ENGLISH, { entries }, 2).map((item) => item.link)).toEqual(['/t/#a-correction-1', '/t/#b']);
  });

  it('says what happened to an entry: new (unchanged since it was added), revised, or, without `added`, either', () => {
    const dated = [
      { ...entries[1]!, slug: 'n', link: '/t/#n', added: '2026-01-05' },
      { ...entries[1]!, slug: 'r', link: '/t/#r', added: '2026-01-01' },
      { ...entries[1]!, slug: 'u', link: '/t/#u' },
    ];
    const items = updateItems(ENGLISH, { entries: dated });
    expect(items.map((item) => [item.link, item.kind, item.date])).toEqual([
      ['/t/#n', 'new', '2026-01-05'],
      ['/t/#r', 'revised', '2026-01-05'],
      ['/t/#u', 'entry', '2026-01-05'],
    ]);
    expect(items.map((item) => ENGLISH.t(UPDATE_LABEL[item.kind]))).toEqual(['New entry', 'Entry revised', 'Entry added or revised']);
  });

  describe('a new question', () => {
    const question = { id: 'rents', question: 'Who pays?', summary: 'Tenants do.', link: '/themes/rents/' };
    const entry = (slug: string, added: string | undefined, updated: string) => ({
      slug,
      title: slug,
      summary: `About ${slug}.`,
      ...(added !== undefined && { added }),
      updated,
      link: `/themes/rents/#${slug}`,
      corrections: [],
      theme: 'rents',
    });

    it('is one row on the day its first entries appeared, which it stands for; later entries and revisions are rows of their own', () => {
      const items = updateItems(ENGLISH, {
        entries: [entry('a', '2026-01-02', '2026-01-02'), entry('b', '2026-01-02', '2026-03-01'), entry('c', '2026-02-01', '2026-02-01')],
        themes: [question],
      });
      expect(items.map((item) => [item.kind, item.title, item.date])).toEqual([
        ['revised', 'b', '2026-03-01'],
        ['new', 'c', '2026-02-01'],
        ['question', 'Who pays?', '2026-01-02'],
      ]);
      expect(items[2]).toMatchObject({ link: '/themes/rents/', description: 'Tenants do.', quoted: false });
      expect(ENGLISH.t(UPDATE_LABEL.question)).toBe('New question');
    });

    it('keeps the questions’ order, not the alphabet, among new questions of one day', () => {
      const other = { ...question, id: 'repairs', question: 'Who fixes?', link: '/themes/repairs/' };
      const items = updateItems(ENGLISH, {
        entries: [entry('a', '2026-01-02', '2026-01-02'), { ...entry('r', '2026-01-02', '2026-01-02'), theme: 'repairs' }],
        themes: [question, other],
      });
      expect(items.map((item) => [item.kind, item.title])).toEqual([
        ['question', 'Who pays?'],
        ['question', 'Who fixes?'],
      ]);
    });

    it('is not claimed when one of its entries does not say when it was added', () => {
      const items = updateItems(ENGLISH, {
        entries: [entry('a', '2026-01-02', '2026-01-02'), entry('u', undefined, '2026-01-03')],
        themes: [question],
      });
      expect(items.map((item) => item.kind)).toEqual(['entry', 'new']);
    });
  });
});

describe('compact citations', () => {
  it('groups paragraphs into runs of consecutive numbers, in reading order, once each', () => {
    expect(paragraphRuns(['p4', 'p2', 'p3', 'p7', 'p2'])).toEqual([
      { from: 2, to: 4, first: 'p2' },
      { from: 7, to: 7, first: 'p7' },
    ]);
    expect(paragraphRuns([])).toEqual([]);
  });

  it('shows “Source ¶1–3”, later runs “¶5”, each link named whole out of context', () => {
    const [run, single] = paragraphRuns(['p1', 'p2', 'p3', 'p5']);
    expect(citationText(ENGLISH, run!, undefined, true)).toEqual({ shown: 'Source ¶1–3', name: 'Source, paragraphs 1 to 3' });
    expect(citationText(ENGLISH, single!, undefined, false)).toEqual({ shown: '¶5', name: 'Source, paragraph 5' });
    expect(citationText(ENGLISH, run!, 'Library to open', true)).toEqual({
      shown: '“Library to open” ¶1–3',
      name: '“Library to open”, paragraphs 1 to 3',
    });
  });
});

describe('labels', () => {
  it('has a label and a definition for every kind the schema allows, in a fixed order, quotations first', () => {
    expect([...KIND_ORDER].sort()).toEqual([...entryKind.options].sort());
    expect(KIND_ORDER[0]).toBe('quote');
    for (const kind of entryKind.options) {
      expect(KIND_LABELS[kind].label).toMatch(/^[A-Z]/);
      expect(KIND_LABELS[kind].definition).toMatch(/\.$/);
    }
    expect(new Set(entryKind.options.map((kind) => KIND_LABELS[kind].label)).size).toBe(entryKind.options.length);
  });

  it('says in each definition whose words an entry of that kind is', () => {
    expect(KIND_LABELS.quote.definition).toContain('own words, unchanged');
    expect(KIND_LABELS.reporting.definition).toMatch(/^Written by the editors in their own words/);
    expect(KIND_LABELS.analysis.definition).toMatch(/^Written by the editors in their own words/);
    expect(KIND_LABELS.context.definition).toContain('not a summary of the source');
  });

  it('names a link to a source paragraph so that it makes sense alone, with the source when there are several', () => {
    expect(sourceLinkText(ENGLISH, 'p5')).toBe('Source, paragraph 5');
    expect(sourceLinkText(ENGLISH, 'p12', 'Library to open')).toBe('“Library to open”, paragraph 12');
  });
});

describe('source provenance', () => {
  it('names every fact in a fixed order and marks the ones the metadata does not give', () => {
    expect(sourceFacts(ENGLISH, { publisher: 'The Gazette', url: 'https://example.com/a', retrieved: '2026-03-03' })).toEqual([
      { term: 'Publisher', text: 'The Gazette' },
      { term: 'Author' },
      { term: 'Published' },
      { term: 'Original address', text: 'https://example.com/a', url: 'https://example.com/a' },
      { term: 'Licence' },
      { term: 'Copied for this explainer', text: '3 March 2026', date: '2026-03-03' },
    ]);
  });
});

describe('home dek and robots.txt', () => {
  it('describes the explainer by its shape, never its topic', () => {
    expect(homeDek(ENGLISH, 4, 1)).toBe(
      'The story in four questions, answered by the editors from the source article, whose own words are shown as quotations.',
    );
    expect(homeDek(ENGLISH, 1, 2)).toBe(
      'The story in one question, answered by the editors from the source articles, whose own words are shown as quotations.',
    );
    expect(homeDek(ENGLISH, 12, 1)).toContain('in 12 questions');
    expect(homeDek(ENGLISH, 4, 1)).not.toMatch(/\bevery\b/i);
  });

  it('allows crawling and names the sitemap', () => {
    expect(robotsTxt('https://example.org/pr-42/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/pr-42/sitemap-index.xml\n',
    );
  });
});

describe('document titles', () => {
  const site = 'A fairly long headline that names the whole story in detail';

  it('are the page title, then the site name, both whole, however long', () => {
    expect(pageTitle(ENGLISH, 'Search', 'Short site')).toBe('Search — Short site');
    expect(pageTitle(ENGLISH, 'How could the federal government respond to all of this, in detail?', site)).toBe(
      'How could the federal government respond to all of this, in detail? — A fairly long headline that names the whole story in detail',
    );
  });

  it('name the site once where the page is titled with its name', () => {
    expect(pageTitle(ENGLISH, site, site)).toBe(site);
  });
});

describe('the authoring guide', () => {
  it('defines every label in the words the site uses', () => {
    const guide = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8');
    for (const kind of KIND_ORDER) {
      expect(guide).toContain(`| \`${kind}\``);
      expect(guide).toContain(`| ${KIND_LABELS[kind].label} `);
      expect(guide).toContain(`| ${KIND_LABELS[kind].definition} `);
    }
    expect(guide).toContain(EDITORS_LABEL.definition);
  });
});
