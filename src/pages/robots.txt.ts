import type { APIContext } from 'astro';
import { robotsTxt } from '../lib/render/robots.ts';
import { href } from '../site/url.ts';

export function GET(context: APIContext): Response {
  return new Response(robotsTxt(new URL(href('sitemap-index.xml'), context.site).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
