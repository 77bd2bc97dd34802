/**
 * Search as readers use it, on the real site: what they type and the first
 * result they should get. The expectations were written from the content
 * before the search was run, and are not tuned to its output. A word no page
 * has, even one that begins like a short word every page has ("a", "and"),
 * finds nothing and says so.
 */
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, serveSite } from '../helpers/browser.ts';
import { SEED_SITE } from '../helpers/sites.ts';

const browser = await connectChromium();
const [site, tab] = await Promise.all([serveSite(SEED_SITE), openTab(browser, { viewport: { width: 1280, height: 800 } })]);

interface Result {
  title: string;
  href: string;
  place: string;
  snippet: string;
  marks: string[];
}

/** Searches as a reader arriving with a query in the address, in the file's one tab. */
async function search(query: string): Promise<{ status: string; results: Result[]; problems: string[] }> {
  const { page, problems, visit } = tab;
  await visit(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 20_000 }).toMatch(/for “/);
  const results = await page.locator('#search-results li').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('h2 a')?.textContent ?? '',
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      place: li.querySelector('.result-theme')?.textContent ?? '',
      snippet: li.querySelector('p:last-child')?.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return { status: await page.locator('#search-status').innerText(), results, problems: [...problems] };
}

const SOURCE = '/sources/mayor-ends-immigration-enforcement-cooperation/';

// query → the first result a reader should get: its title, where it is, and where it leads.
const FIRST: [string, { title: string; place: string; href: string }][] = [
  // A name the source gives only in its lead: the home page shows the lead.
  [
    'Zohran',
    { title: 'Mayor commits to ending federal immigration enforcement cooperation and detention', place: 'Home page', href: '/#lead' },
  ],
  // A key term: its definition, whose heading spells it out.
  ['ACLU', { title: 'ACLU (American Civil Liberties Union)', place: 'Key terms', href: '/terms/#aclu' }],
  // Named only as further reading at the end of the source.
  ['National Lawyers Guild', { title: 'Further reading', place: 'Source article', href: `${SOURCE}#further-reading` }],
  // Words of one entry each: the theme page that quotes it comes before the longer source page, which no longer repeats it.
  [
    'racial',
    {
      title: 'Integration with broader social justice agenda',
      place: 'Coalition cities',
      href: '/themes/coalition-cities/#integration-with-broader-social-justice-agenda',
    },
  ],
  [
    'budget',
    {
      title: 'Detention and release policies under Mamdani',
      place: 'Sanctuary policy',
      href: '/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani',
    },
  ],
  // In a theme's answer as well as an entry: the answer, at the top of its page, comes first.
  ['legal counsel', { title: 'What has the mayor pledged to do?', place: 'Sanctuary policy', href: '/themes/sanctuary-policy/' }],
  ['Chicago', { title: 'Who is on the mayor’s side?', place: 'Coalition cities', href: '/themes/coalition-cities/' }],
  // In a theme's introduction as well as an entry.
  ['flashpoint', { title: 'How could the federal government respond?', place: 'Federal conflict', href: '/themes/federal-conflict/' }],
];

const NOTHING = ['Adams', 'Andrew', 'qwxzvbnm'];

describe('search on the real site', () => {
  it.each(FIRST)('“%s” leads first to the place a reader expects', async (query, expected) => {
    const { status, results, problems } = await search(query);
    expect(status).toMatch(new RegExp(`^\\d+ results? for “${query}”\\.$`));
    expect(results[0]).toMatchObject(expected);
    expect(problems).toEqual([]);
  });

  it.each(NOTHING)('“%s”, which no page has, finds nothing and says so', async (query) => {
    const { status, results } = await search(query);
    expect(status).toBe(`No results for “${query}”. Try another word, or read the questions on the home page.`);
    expect(results).toEqual([]);
  });

  it('finds words as they are being typed, and marks only words that begin with what was typed', async () => {
    const { results } = await search('immig');
    expect(results.length).toBeGreaterThan(3);
    const marks = results.flatMap((r) => r.marks);
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^\W*immig/);
  });

  it('cuts snippets at words, never repeats the result’s heading, and marks every cut with an ellipsis', async () => {
    const { results } = await search('federal');
    expect(results.length).toBeGreaterThan(5);
    for (const { title, snippet } of results) {
      expect(snippet.startsWith(title), title).toBe(false);
      // A snippet starts at a sentence's start (a capital letter) or after an ellipsis.
      expect(snippet, title).toMatch(/^(?:… |[A-Z“"])/);
      // It ends at a sentence's end or with an ellipsis.
      expect(snippet, title).toMatch(/(?:[.!?]["”’)]*| …)$/);
    }
  });
});
