import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Cutoffs, formatCutoffs } from "../../../core/cutoffs";
import { useCutoffDraft } from "./useCutoffDraft";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, minWidth: 0 },
});

export interface CutoffFieldProps {
  label: string;
  applyLabel: string;
  hint: string;
  axis: "performance" | "potential";
  /** The saved text, "" for the default. */
  saved: string;
  /** The cut-offs in use, shown under the box. */
  inUse: Cutoffs;
  /** A message when the saved text itself is invalid (a workbook edited by hand). */
  savedProblem?: string;
  onApply: (text: string) => void;
}

/** A cut-off text box for one axis, applied with Enter or the button. */
export function CutoffField(props: CutoffFieldProps): React.ReactElement {
  const styles = useStyles();
  const { draft, setDraft, problem, apply } = useCutoffDraft(props.saved, props.onApply);
  const message = problem ?? props.savedProblem;

  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={message ? "error" : "none"}
      validationMessage={message ?? formatCutoffs(props.inUse)}
    >
      <div className={styles.row}>
        <Input
          className={styles.input}
          data-cutoffs={props.axis}
          value={draft}
          placeholder="60;80"
          onChange={(_, data) => setDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              apply();
            }
          }}
        />
        <Button size="small" onClick={apply}>
          {props.applyLabel}
        </Button>
      </div>
    </Field>
  );
}
