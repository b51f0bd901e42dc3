/**
 * Renders a header date in the reader's locale and time zone, with the value
 * as written in the tooltip. Text that is not a date is shown unchanged.
 */
export function DateText({ value }: { value: string }) {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return <>{value}</>;

  const date = new Date(time);
  const formatted = new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
  return (
    <time dateTime={date.toISOString()} title={value}>
      {formatted}
    </time>
  );
}

/** Wraps a nullable date for a fact list. */
export function dateOrNull(value: string | null | undefined) {
  return value ? <DateText value={value} /> : null;
}
