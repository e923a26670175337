import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { PaneStrings } from "../../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface PreviewFilePickerProps {
  strings: PaneStrings;
  /** The workbook on show, or null before one is open. */
  fileName: string | null;
  onOpen: (file: File) => void;
}

/** The preview's file input, a plain labelled `<input type="file">` for .xlsx workbooks. */
export function PreviewFilePicker(props: PreviewFilePickerProps): React.ReactElement {
  const styles = useStyles();
  const inputId = React.useId();
  return (
    <div className={styles.root}>
      <span className={styles.note}>{props.strings.previewNote}</span>
      {props.fileName && (
        <span className={styles.note} data-file-name={props.fileName}>
          {props.strings.fileLine(props.fileName)}
        </span>
      )}
      <label htmlFor={inputId}>{props.strings.openFile}</label>
      <input
        id={inputId}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) {
            props.onOpen(file);
          }
          // Cleared so that picking the same file again after editing it reopens it.
          event.target.value = "";
        }}
      />
    </div>
  );
}
