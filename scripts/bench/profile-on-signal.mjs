// Preloaded into a process the benchmark profiles for a span of its life (the
// dev server while it handles one edit): each SIGUSR2 starts the CPU profiler
// or stops it and writes the profile to $BENCH_PROFILE_DIR/<n>.cpuprofile.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
let running = false;
let written = 0;
process.on('SIGUSR2', () => {
  if (!running) {
    session.post('Profiler.start');
    running = true;
    return;
  }
  running = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) throw error;
    written += 1;
    writeFileSync(join(process.env.BENCH_PROFILE_DIR ?? '.', `${written}.cpuprofile`), JSON.stringify(result.profile));
  });
});
