import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { Language } from "../../../core/language";
import { describeLeftOut } from "../../../core/sheet/leftOutReasons";
import { LeftOutRow } from "../../../core/sheet/types";
import { PaneStrings } from "../../i18n/strings";
import { ShowMoreButton } from "../matrix/ShowMoreButton";
import { useNameLimit } from "../matrix/useNameLimit";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  reason: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface LeftOutListProps {
  rows: readonly LeftOutRow[];
  strings: PaneStrings;
  /** The pane's language, which words the reasons. */
  language: Language;
  onSelectRow: (rowNumber: number) => void;
}

/** Rows with data that were not placed in a box, each with its row number and the reason. */
export function LeftOutList(props: LeftOutListProps): React.ReactElement | null {
  const styles = useStyles();
  const { rows, strings } = props;
  const { shown, hidden, showMore } = useNameLimit(rows.length);
  if (rows.length === 0) {
    return null;
  }

  return (
    <section aria-label={strings.leftOutTitle(rows.length)} data-left-out={rows.length}>
      <h3>{strings.leftOutTitle(rows.length)}</h3>
      <ul className={styles.list}>
        {rows.slice(0, shown).map((row) => (
          <li key={row.rowNumber} className={styles.item} data-row={row.rowNumber}>
            <Link as="button" onClick={() => props.onSelectRow(row.rowNumber)}>
              {strings.row(row.rowNumber)}: {row.name || strings.noName}
            </Link>
            <span className={styles.reason}>{describeLeftOut(row, props.language)}</span>
          </li>
        ))}
      </ul>
      <ShowMoreButton hidden={hidden} strings={strings} onShowMore={showMore} />
    </section>
  );
}
