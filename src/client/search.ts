/**
 * Search, the site's one piece of JavaScript. It loads the Pagefind bundle
 * from under the base path and lists one result per matching part of a page
 * (an entry, a theme's answer and introduction, a source paragraph, the home
 * page's lead), with where it is (and, on a site of several stories, which
 * story) and a snippet; the reader may keep to one story. Which matches count, and how
 * snippets are cut, is search-match.ts. Pagefind searches the index of the
 * page's language (`<html lang>`), so each edition's search page finds that
 * edition's words.
 */
import { byCoverage, hitsOf, queryTerms, type Hit, type PageData } from './search-match.ts';

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PageData> }[] } | null>;
}

const MAX_PAGES = 10;

const form = document.querySelector<HTMLFormElement>('form[data-bundle]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');

if (form && input && statusLine && list) void start(form, input, statusLine, list);

async function start(form: HTMLFormElement, input: HTMLInputElement, status: HTMLElement, list: HTMLElement): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ `${form.dataset['bundle']}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: form.dataset['base'] ?? '/' });

  // On a site of several stories, the reader may search one story only (a Pagefind filter).
  const story = form.querySelector<HTMLSelectElement>('select[name="story"]');
  const run = async (query: string): Promise<void> => {
    const search = await pagefind.debouncedSearch(query, story?.value ? { filters: { story: story.value } } : {});
    if (search === null) return;
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
    const terms = queryTerms(query);
    render(query, byCoverage(pages.flatMap((page) => hitsOf(page, terms))));
  };

  // The words are the page's, in its language, from the interface catalogue.
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as {
    found: Record<string, string>;
    none: string;
    title: string;
    whose: Record<Hit['whose'], string>;
  };
  const untitled = document.title;
  const lang = document.documentElement.lang;
  const plurals = new Intl.PluralRules(lang);
  const say = (message: string, query: string, count: number) =>
    message.replace('{query}', query).replace('{count}', count.toLocaleString(lang));
  const render = (query: string, hits: Hit[]): void => {
    list.replaceChildren(...hits.map((hit) => resultItem(hit, messages.whose[hit.whose])));
    const found = messages.found[plurals.select(hits.length)] ?? messages.found['other'] ?? '';
    if (!query.trim()) status.textContent = '';
    else status.textContent = say(hits.length === 0 ? messages.none : found, query, hits.length);
    // The query in the tab's title, so history, bookmarks and a screen reader's window list say what was searched for.
    document.title = query.trim() ? messages.title.replace('{query}', query.trim()) : untitled;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const update = () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    if (story) url.searchParams.set('story', story.value);
    history.replaceState(null, '', url);
    void run(input.value);
  };
  input.addEventListener('input', update);
  story?.addEventListener('change', update);

  if (story) story.value = new URL(location.href).searchParams.get('story') ?? '';
  input.value = new URL(location.href).searchParams.get('q') ?? '';
  if (input.value) void run(input.value);
}

function resultItem(hit: Hit, whose: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
  heading.append(link);
  item.append(heading);
  if (hit.place) item.append(Object.assign(document.createElement('p'), { className: 'result-theme', textContent: hit.place }));
  // Whose words the excerpt is, above it, as the site labels them on its pages.
  item.append(Object.assign(document.createElement('p'), { className: `whose whose-${hit.whose}`, textContent: whose }));
  const excerpt = document.createElement('p');
  excerpt.className = `excerpt excerpt-${hit.whose}`;
  const { words, before, after } = hit.snippet;
  if (before) excerpt.append('… ');
  words.forEach(({ text, mark }, i) => {
    if (i > 0) excerpt.append(' ');
    excerpt.append(mark ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  });
  if (after) excerpt.append(' …');
  item.append(excerpt);
  return item;
}
