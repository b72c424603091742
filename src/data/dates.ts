/** Dates of the data contract: ISO calendar dates and date-times, read as UTC. */

/** Parse `YYYY-MM-DD` (or a full ISO date-time) as a UTC date; undefined when not a real date. */
export function parseIsoDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    // Reject dates that overflow into the next month (2021-02-31).
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
      ? date
      : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
