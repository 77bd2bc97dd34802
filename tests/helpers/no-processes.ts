/**
 * Set up for the unit tier, which starts no process: a test there that
 * reaches node:child_process, in its own code or the project's, fails naming
 * the call; such a test belongs in the cli tier (tests/cli/).
 */
import { vi } from 'vitest';

// vi.mock is hoisted above the module's other statements, so what it uses is hoisted with it.
const { refusals } = vi.hoisted(() => {
  const refuse = (name: string) => () => {
    throw new Error(`${name}: the unit tier starts no process; a test that needs one belongs in tests/cli/`);
  };
  const names = ['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'];
  return { refusals: () => Object.fromEntries(names.map((name) => [name, refuse(name)])) };
});

vi.mock('node:child_process', refusals);
vi.mock('child_process', refusals);
