/**
 * Dates as readers read them ("12 May 2026"), spelled out in full so nobody
 * has to guess whether 05/12 means May or December. Built by hand rather than
 * with Intl so the output never depends on the build machine's locale data.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2026-05-12` → `12 May 2026`. */
export function readableDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`expected a date as YYYY-MM-DD, found ${JSON.stringify(iso)}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A date as precise as a timeline item gives it: "14 June 2019", "June 2019" or "2019". */
export function readablePartialDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(date);
  if (!match) throw new Error(`expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found ${JSON.stringify(date)}`);
  if (date.length === 10) return readableDate(date);
  return match[2] ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : match[1]!;
}

/** The latest of some `YYYY-MM-DD` dates; ISO dates sort as strings. */
export function latestDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (latest === undefined || date > latest) latest = date;
  return latest;
}
