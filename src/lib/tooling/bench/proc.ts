/** Parsers for the Linux /proc files the benchmark samples CPU time and memory from. */

/** Resident set size in bytes from the text of /proc/<pid>/status, or 0 for a process that is gone or a kernel thread. */
export function residentBytes(status: string): number {
  return kilobytes(status, 'VmRSS');
}

/** The highest resident set size the process has reached so far (the kernel's high-water mark), in bytes; 0 when unknown. */
export function peakResidentBytes(status: string): number {
  return kilobytes(status, 'VmHWM');
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Child pids from the text of /proc/<pid>/task/<tid>/children. */
export function childPids(children: string): number[] {
  return children.split(/\s+/).filter(Boolean).map(Number);
}

export interface ProcessStat {
  /** The command name, at most 15 characters (`node`, `pagefind_extend`). */
  name: string;
  /** User plus system CPU time of the process itself, all its threads, in clock ticks. */
  ownTicks: number;
  /** The same for the children it has waited for. */
  reapedTicks: number;
  /** When the process started, in clock ticks after boot: with the pid, names one process even after the pid is reused. */
  startTicks: number;
}

/**
 * The fields of the text of /proc/<pid>/stat the benchmark reads, or undefined for a process that
 * is gone. The name is field 2, in parentheses, and may hold spaces and parentheses itself, so the
 * fields are counted from the last parenthesis.
 */
export function parseStat(stat: string): ProcessStat | undefined {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  // Field 3 (the state) is the first after the name, so field n is at n - 3.
  const fields = stat
    .slice(close + 2)
    .split(' ')
    .map(Number);
  const [utime, stime, cutime, cstime] = fields.slice(11, 15);
  const startTicks = fields[19];
  if ([utime, stime, cutime, cstime, startTicks].some((n) => n === undefined || !Number.isFinite(n))) return undefined;
  return { name: stat.slice(open + 1, close), ownTicks: utime! + stime!, reapedTicks: cutime! + cstime!, startTicks: startTicks! };
}

/**
 * Busy time of all CPUs together, in clock ticks, from the text of /proc/stat (its first, `cpu`
 * line): everything but idle and waiting for input/output. Undefined when the line is not there.
 */
export function machineBusyTicks(procStat: string): number | undefined {
  const line = /^cpu\s+([\d ]+)$/m.exec(procStat)?.[1];
  if (line === undefined) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  const busy = [user, nice, system, irq ?? 0, softirq ?? 0, steal ?? 0];
  return busy.some((n) => n === undefined || !Number.isFinite(n)) ? undefined : busy.reduce((a, b) => a! + b!, 0)!;
}
