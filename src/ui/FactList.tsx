import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(7em, max-content) 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    // A task pane is about 320 to 400 px wide; there the values get the
    // whole width under their labels.
    "@media (max-width: 420px)": {
      gridTemplateColumns: "1fr",
      rowGap: 0,
    },
  },
  term: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  value: {
    margin: 0,
    "@media (max-width: 420px)": { marginBottom: tokens.spacingVerticalS },
    overflowWrap: "anywhere",
    minWidth: 0,
  },
});

/** One labelled fact; a fact whose value is null, "" or [] is left out. */
export interface Fact {
  label: string;
  value: ReactNode;
}

/** Renders labelled facts as a two-column list, or stacked in a narrow pane. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const styles = useStyles();
  const shown = facts.filter((fact) => !isEmpty(fact.value));
  if (shown.length === 0) return null;

  return (
    <dl className={styles.list}>
      {shown.map((fact) => (
        <div key={fact.label} style={{ display: "contents" }}>
          <dt className={styles.term}>{fact.label}</dt>
          <dd className={styles.value}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function isEmpty(value: ReactNode): boolean {
  if (value === null || value === undefined || value === "") return true;
  return Array.isArray(value) && value.length === 0;
}
