import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Cutoffs, formatCutoffs } from "../../../core/cutoffs";
import { Language } from "../../../core/language";
import { useCutoffDraft } from "./useCutoffDraft";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, minWidth: 0 },
  // A percentage width lets the text box shrink below its default 20-character width.
  inputElement: { width: "100%" },
  button: { flexShrink: 0 },
  inUse: { display: "block" },
});

export interface CutoffFieldProps {
  label: string;
  applyLabel: string;
  hint: string;
  /**
   * Sentence naming the cut-offs still in use after an invalid entry, so the user sees that the
   * matrix kept them.
   */
  stillInUse: (cutoffs: string) => string;
  axis: "performance" | "potential";
  /** The saved text, "" for the default. */
  saved: string;
  /** The cut-offs in use, shown under the box. */
  inUse: Cutoffs;
  /** The pane's language, for the cut-offs shown under the box. */
  language: Language;
  /** A message when the saved text itself is invalid (a workbook edited by hand). */
  savedProblem?: string;
  onApply: (text: string) => void;
}

/** Renders a cut-off text box for one axis, applied with Enter or the button. */
export function CutoffField(props: CutoffFieldProps): React.ReactElement {
  const styles = useStyles();
  const { draft, setDraft, problem, apply } = useCutoffDraft(props.saved, props.onApply);
  const message = problem ?? props.savedProblem;
  const inUse = formatCutoffs(props.inUse, props.language);
  const validationMessage = message ? (
    <>
      {message}
      <span className={styles.inUse} data-cutoffs-in-use={props.axis}>
        {props.stillInUse(inUse)}
      </span>
    </>
  ) : (
    inUse
  );

  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={message ? "error" : "none"}
      validationMessage={validationMessage}
    >
      <div className={styles.row}>
        <Input
          className={styles.input}
          input={{ className: styles.inputElement }}
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
        <Button className={styles.button} size="small" onClick={apply}>
          {props.applyLabel}
        </Button>
      </div>
    </Field>
  );
}
