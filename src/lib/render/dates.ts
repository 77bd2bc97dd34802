/** The latest of some `YYYY-MM-DD` dates; ISO dates sort as strings. Dates are written out for readers by interface.ts. */
export function latestDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (latest === undefined || date > latest) latest = date;
  return latest;
}
