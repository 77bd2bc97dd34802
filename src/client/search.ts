/**
 * Search, the site's one piece of JavaScript. It loads the Pagefind bundle
 * from under the base path and lists one result per matching part of a page
 * (an entry, a theme's answer and introduction, a source paragraph, the home
 * page's lead), with where it is and a snippet. Which matches count, and how
 * snippets are cut, is search-match.ts.
 */
import { byCoverage, hitsOf, queryTerms, type Hit, type PageData } from './search-match.ts';

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PageData> }[] } | null>;
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

  const run = async (query: string): Promise<void> => {
    const search = await pagefind.debouncedSearch(query);
    if (search === null) return;
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
    const terms = queryTerms(query);
    render(query, byCoverage(pages.flatMap((page) => hitsOf(page, terms))));
  };

  const render = (query: string, hits: Hit[]): void => {
    list.replaceChildren(...hits.map(resultItem));
    if (!query.trim()) status.textContent = '';
    else if (hits.length === 0) status.textContent = `No results for “${query}”. Try another word, or browse the questions in the menu.`;
    else status.textContent = `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });

  input.value = new URL(location.href).searchParams.get('q') ?? '';
  if (input.value) void run(input.value);
}

function resultItem(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
  heading.append(link);
  item.append(heading);
  if (hit.place) item.append(Object.assign(document.createElement('p'), { className: 'result-theme', textContent: hit.place }));
  const excerpt = document.createElement('p');
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
