// @ts-check
import { defineConfig } from 'astro/config';
import { devReloadIntegration } from './src/integrations/dev-reload.ts';
import { postBuildIntegration } from './src/integrations/post-build.ts';
import { fileURLToPath } from 'node:url';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/render/security-policy.ts';
import { runSettings } from './src/settings.ts';

const { site, base } = runSettings(fileURLToPath(new URL('.', import.meta.url)));

// CI previews set SITE_URL and BASE_PATH (e.g. BASE_PATH=/pr-42/), read in
// src/settings.ts; every link is built from these through src/lib/render/url.ts.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Four pages render at a time, so one page's file write overlaps the next page's rendering.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // Bodies are rendered by src/lib/render/markdown/render-markdown.ts, so Astro's highlighter is never used.
  markdown: { syntaxHighlight: false },
  // The search script stays a file of its own: Vite finishes dynamic imports only in emitted chunks.
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // The post-build step (sitemap, headers file, link check, search index) runs last; in dev, the content
  // loader reloads the browser through devReloadIntegration after an edit to a body alone.
  integrations: [postBuildIntegration(), devReloadIntegration()],
});
