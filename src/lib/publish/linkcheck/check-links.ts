/**
 * The link check over a whole built site: every internal URL on every page
 * must name a file that exists, and every fragment an id on the target page.
 * Works on an in-memory view of the output so it is easy to test.
 */
import { scanHtml, type ScannedPage } from './html-scan.ts';
import { resolveLink } from './resolve-link.ts';
import { candidateFiles, pagePathOf } from './target-file.ts';

export interface SiteFiles {
  /** Every file in the output, relative, with forward slashes. */
  files: ReadonlySet<string>;
  /** The text of a file, for the HTML pages and fragment targets. */
  read: (file: string) => string;
}

export interface LinkOptions {
  base: string;
  origin?: string;
}

export interface BrokenLink {
  /** The page the link is on, relative to the output folder. */
  page: string;
  link: string;
  reason: string;
}

export function checkLinks(site: SiteFiles, { base, origin }: LinkOptions): BrokenLink[] {
  const scanned = new Map<string, ScannedPage>();
  const scan = (file: string): ScannedPage => {
    let page = scanned.get(file);
    if (!page) scanned.set(file, (page = scanHtml(site.read(file))));
    return page;
  };
  // Most links (navigation, the footer, an entry's source) recur on many pages, and a link that
  // does not depend on the page it is on resolves the same everywhere: answer it once.
  const answers = new Map<string, string | undefined>();
  const broken: BrokenLink[] = [];
  const pages = [...site.files].filter((file) => file.endsWith('.html')).sort();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const { url } of scan(page).refs) {
      if (seen.has(url)) continue;
      seen.add(url);
      const reason = problemWith(url, page);
      if (reason) broken.push({ page, link: url, reason });
    }
  }
  return broken;

  function problemWith(url: string, page: string): string | undefined {
    const key = /^(?:\/(?!\/)|[a-z][a-z0-9+.-]*:)/i.test(url) ? url : `${page}\n${url}`;
    if (answers.has(key)) return answers.get(key);
    const answer = resolveProblem(url, page);
    answers.set(key, answer);
    return answer;
  }

  function resolveProblem(url: string, page: string): string | undefined {
    const resolved = resolveLink(url, { pagePath: pagePathOf(page, base), base, ...(origin && { origin }) });
    if (resolved.type === 'external') return undefined;
    if (resolved.type === 'broken') return resolved.reason;
    const file = candidateFiles(resolved.path).find((candidate) => site.files.has(candidate));
    if (!file) return `no file ${candidateFiles(resolved.path).join(' or ')} in the output`;
    if (resolved.fragment === undefined || !file.endsWith('.html')) return undefined;
    if (resolved.fragment === '') return 'empty fragment';
    return scan(file).ids.has(resolved.fragment) ? undefined : `no element with id "${resolved.fragment}" on ${file}`;
  }
}

export const formatBrokenLink = ({ page, link, reason }: BrokenLink): string => `${page}: ${link}: ${reason}`;
