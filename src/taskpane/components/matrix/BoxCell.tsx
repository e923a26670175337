import * as React from "react";
import { Badge, Link, mergeClasses } from "@fluentui/react-components";
import { Person } from "../../../core/sheet/types";
import { PaneStrings } from "../../i18n/strings";
import { useBoxStyles } from "./Matrix.styles";
import { ShowMoreButton } from "./ShowMoreButton";
import { useNameLimit } from "./useNameLimit";

export interface BoxCellProps {
  /** Government (PermenPANRB) box number, the one stored on every person. */
  box: number;
  /** The number shown, in the numbering the user picked. */
  shownNumber: number;
  meaning: string;
  actions: string;
  share: string;
  inTalentPool: boolean;
  people: readonly Person[];
  strings: PaneStrings;
  onSelectRow: (rowNumber: number) => void;
}

/**
 * Renders one box of the matrix. data-box is the government number whatever the numbering shown,
 * data-label-number the number on screen, and data-count the people shown under the filters.
 */
export function BoxCell(props: BoxCellProps): React.ReactElement {
  const styles = useBoxStyles();
  const { people, strings } = props;
  const { shown, hidden, showMore } = useNameLimit(people.length);

  return (
    <section
      className={mergeClasses(styles.box, props.inTalentPool && styles.talentPool)}
      data-box={props.box}
      data-label-number={props.shownNumber}
      data-count={people.length}
      aria-label={strings.boxLabel(props.shownNumber, people.length)}
      title={props.actions}
    >
      <div className={styles.header}>
        <span className={styles.number}>{props.shownNumber}</span>
        {props.inTalentPool && (
          <Badge appearance="filled" color="brand" size="small">
            {strings.talentPool}
          </Badge>
        )}
      </div>
      <div className={styles.meaning}>{props.meaning}</div>
      <div className={styles.count}>
        {strings.people(people.length)} · {props.share}
      </div>
      <ul className={styles.names}>
        {people.slice(0, shown).map((person) => (
          <li key={person.rowNumber}>
            <Link
              as="button"
              className={styles.name}
              onClick={() => props.onSelectRow(person.rowNumber)}
            >
              {person.name || strings.noName}
            </Link>
          </li>
        ))}
      </ul>
      <ShowMoreButton hidden={hidden} strings={strings} onShowMore={showMore} />
    </section>
  );
}
