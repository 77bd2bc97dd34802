// Preloaded by the CLIs that run on every edit (see package.json): Node keeps the
// code it compiles, TypeScript with its types stripped included, in node_modules/.cache,
// so the next start skips compiling what has not changed. A cache that cannot be
// written is ignored.
import module from 'node:module';

module.enableCompileCache?.(new URL('../node_modules/.cache/node-compile-cache', import.meta.url).pathname);
