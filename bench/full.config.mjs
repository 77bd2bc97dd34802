// @ts-check
// The site's own configuration, unchanged except that the benchmark gives
// every build its own cache folder, so clean builds start empty and the
// incremental rebuild reuses exactly what its clean build left.
import config from '../astro.config.mjs';

export default {
  ...config,
  ...(process.env.BENCH_CACHE_DIR && { cacheDir: process.env.BENCH_CACHE_DIR }),
};
