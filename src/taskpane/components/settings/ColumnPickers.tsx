import * as React from "react";
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { HeaderDetection } from "../../../core/sheet/headers";
import { columnLetter } from "../../../core/sheet/address";
import { ColumnRole } from "../../../core/sheet/types";
import { PaneStrings } from "../../i18n/strings";

const ROLES: readonly ColumnRole[] = [
  "name",
  "performance",
  "potential",
  "nip",
  "agency",
  "position",
  "grade",
  "box",
];

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

export interface ColumnPickersProps {
  detection: HeaderDetection;
  /** 0-based sheet column of values[..][0], to show column letters. */
  firstColumn: number;
  strings: PaneStrings;
  /** Called with a 0-based sheet column, or -1 for no column. */
  onPick: (role: ColumnRole, sheetColumn: number) => void;
}

/** Renders one dropdown per role, listing the header row's cells by column letter and header text. */
export function ColumnPickers(props: ColumnPickersProps): React.ReactElement {
  const styles = useStyles();
  const { detection, firstColumn, strings } = props;

  return (
    <div className={styles.root}>
      {ROLES.map((role) => {
        const column = detection.mapping.columns[role];
        return (
          <Field key={role} label={strings.columnNames[role]}>
            <Select
              data-role={role}
              value={column === undefined ? "-1" : String(column + firstColumn)}
              onChange={(_, data) => props.onPick(role, Number(data.value))}
            >
              <option value="-1">{strings.noColumn}</option>
              {detection.headers.map((header, offset) => (
                <option key={offset} value={String(offset + firstColumn)}>
                  {strings.columnOption(columnLetter(offset + firstColumn), header)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
