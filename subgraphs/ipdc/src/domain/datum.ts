/** Calendar dates (YYYY-MM-DD) as the hub uses them: days in Belgian time. */

const BELGIAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day in Belgium on which an ISO-8601 moment falls; undefined when it is not a moment. */
export function belgischeDatum(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : BELGIAN_DAY.format(ms);
}

/** Whether the text is an existing calendar date written as YYYY-MM-DD. */
export function isDatum(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
