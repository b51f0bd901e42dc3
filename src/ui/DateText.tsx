import type { Translate } from "../i18n";
import { intlLocales } from "./locale";

/**
 * Renders a header date in the catalog's language and the reader's time
 * zone, with the value as written in the tooltip. Text that is not a date
 * is shown unchanged.
 */
export function DateText({
  value,
  translate,
}: {
  value: string;
  translate: Translate;
}) {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return <>{value}</>;

  const date = new Date(time);
  const formatted = new Intl.DateTimeFormat(intlLocales(translate), {
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
export function dateOrNull(
  value: string | null | undefined,
  translate: Translate,
) {
  return value ? <DateText value={value} translate={translate} /> : null;
}
