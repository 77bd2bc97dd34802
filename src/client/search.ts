/**
 * Search, the site's one piece of JavaScript. It loads the Pagefind bundle
 * from under the base path and lists one result per matching entry (Pagefind
 * "sub-results" are the entry headings), with its theme and an excerpt.
 */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; theme?: string };
  sub_results: SubResult[];
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

interface Hit {
  title: string;
  theme: string | undefined;
  url: string;
  excerpt: string;
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
    render(query, pages.flatMap(hitsOf));
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

/** One hit per matching entry heading; the page itself when only its introduction matched. */
function hitsOf(page: ResultData): Hit[] {
  const entries = page.sub_results.filter((sub) => sub.anchor?.element === 'h2');
  const sections = entries.length > 0 ? entries : [{ title: page.meta.title ?? page.url, url: page.url, excerpt: page.excerpt }];
  return sections.map((sub) => ({ title: sub.title, theme: page.meta.theme, url: sub.url, excerpt: sub.excerpt }));
}

function resultItem(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
  heading.append(link);
  item.append(heading);
  if (hit.theme) item.append(Object.assign(document.createElement('p'), { className: 'result-theme', textContent: hit.theme }));
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(excerpt);
  return item;
}

/** Pagefind excerpts are text with <mark> around matches; rebuild exactly that and nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  );
}
