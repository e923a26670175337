import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { HeaderDetection } from "../../../core/sheet/headers";
import { ParsedSheet } from "../../../core/sheet/types";
import { PaneStrings } from "../../i18n/strings";

export interface SheetWarningsProps {
  detection: HeaderDetection;
  parsed: ParsedSheet;
  strings: PaneStrings;
}

/** Rows listed in a warning before it says "…"; the full list would bury the message. */
const ROWS_LISTED = 10;

function rowList(rows: readonly number[]): string {
  const listed = rows.slice(0, ROWS_LISTED).join(", ");
  return rows.length > ROWS_LISTED ? `${listed}, …` : listed;
}

/** Warnings about the sheet: unsure columns, duplicate NIPs and NIPs stored as numbers. */
export function SheetWarnings(props: SheetWarningsProps): React.ReactElement {
  const { detection, parsed, strings } = props;
  const roleNames = (roles: readonly string[]) =>
    roles.map((role) => strings.columnNames[role as keyof typeof strings.columnNames]).join(", ");

  return (
    <div role="status">
      {detection.missing.length > 0 && (
        <MessageBar intent="warning" data-warning="missing-columns">
          <MessageBarBody>{strings.unsureMissing(roleNames(detection.missing))}</MessageBarBody>
        </MessageBar>
      )}
      {detection.competing.length > 0 && (
        <MessageBar intent="warning" data-warning="competing-columns">
          <MessageBarBody>{strings.unsureCompeting(roleNames(detection.competing))}</MessageBarBody>
        </MessageBar>
      )}
      {parsed.numericNipRows.length > 0 && (
        <MessageBar intent="warning" data-warning="numeric-nip">
          <MessageBarBody>
            {strings.numericNip(parsed.numericNipRows.length, rowList(parsed.numericNipRows))}
          </MessageBarBody>
        </MessageBar>
      )}
      {parsed.duplicateNips.slice(0, ROWS_LISTED).map((duplicate) => (
        <MessageBar key={duplicate.nip} intent="warning" data-warning="duplicate-nip">
          <MessageBarBody>
            {strings.duplicateNip(duplicate.nip, rowList(duplicate.rowNumbers))}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
