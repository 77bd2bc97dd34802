// @ts-check
// The site's own configuration, unchanged except that the benchmark and the
// tests give every build its own cache folder, so clean builds start empty,
// builds running side by side share no content store, and the benchmark's
// incremental rebuild reuses exactly what its clean build left.
import config from '../astro.config.mjs';

export default {
  ...config,
  ...(process.env.BENCH_CACHE_DIR && { cacheDir: process.env.BENCH_CACHE_DIR }),
};
