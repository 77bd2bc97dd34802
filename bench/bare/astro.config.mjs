// @ts-check
// The baseline the benchmark compares the site against: a bare Astro site
// with Astro's default Markdown processor and nothing else. The benchmark
// gives every build its own cache folder so clean builds start empty.
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.BENCH_CACHE_DIR && { cacheDir: process.env.BENCH_CACHE_DIR }),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
