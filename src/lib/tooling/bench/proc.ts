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
