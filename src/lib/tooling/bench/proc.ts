/** Parsers for the Linux /proc files the benchmark samples memory from. */

/** Resident set size in bytes from the text of /proc/<pid>/status, or 0 for a process that is gone or a kernel thread. */
export function residentBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Child pids from the text of /proc/<pid>/task/<tid>/children. */
export function childPids(children: string): number[] {
  return children.split(/\s+/).filter(Boolean).map(Number);
}

/** Fields 14–17 of the text of /proc/<pid>/stat, counted after the command name, which may hold spaces and parentheses. */
function times(stat: string): number[] {
  // Field 3 (the state) is the first after the name, so fields 14–17 are at 11–14.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map(Number);
  return fields.length === 4 && fields.every(Number.isFinite) ? fields : [0, 0, 0, 0];
}

/**
 * User plus system CPU time, in clock ticks, from the text of /proc/<pid>/stat:
 * the process's own and that of the children it has waited for; 0 for a
 * process that is gone.
 */
export const cpuTicks = (stat: string): number => times(stat).reduce((a, b) => a + b, 0);

/** The CPU time, in clock ticks, of the children a process has waited for (fields 16 and 17). */
export const reapedTicks = (stat: string): number => times(stat)[2]! + times(stat)[3]!;
