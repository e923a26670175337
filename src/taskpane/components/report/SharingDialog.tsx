import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { ReportStrings } from "./reportStrings";
import { useReportActionsStyles } from "./ReportActions.styles";
import { SharingDialogState } from "./useSharingDialog";

export interface SharingDialogProps {
  readonly state: SharingDialogState;
  readonly strings: ReportStrings;
}

/** Confirmation for "Prepare for sharing": scope choice, the count of cells, then the change. */
export function SharingDialog({ state, strings }: SharingDialogProps): React.ReactElement {
  const styles = useReportActionsStyles();
  const { scope, scan } = state;
  const firstSheet = state.sheetNames[0] ?? "";
  const cells = scan?.cells ?? 0;

  return (
    <Dialog open={state.open} onOpenChange={(_, data) => !data.open && state.close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.dialogTitle}</DialogTitle>
          <DialogContent className={styles.dialogBody}>
            <Text>{strings.dialogIntro}</Text>
            <Field label={strings.scopeLabel}>
              <RadioGroup
                value={scope.kind}
                onChange={(_, data) =>
                  state.setScope(
                    data.value === "sheet"
                      ? { kind: "sheet", name: firstSheet }
                      : { kind: "workbook" }
                  )
                }
              >
                <Radio value="workbook" label={strings.wholeWorkbook} />
                <Radio
                  value="sheet"
                  label={strings.oneSheet}
                  disabled={state.sheetNames.length === 0}
                />
              </RadioGroup>
            </Field>
            {scope.kind === "sheet" && (
              <Field label={strings.sheetLabel}>
                <Select
                  value={scope.name}
                  onChange={(_, data) => state.setScope({ kind: "sheet", name: data.value })}
                >
                  {state.sheetNames.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {state.error && (
              <MessageBar intent="error">
                <MessageBarBody>{strings.sharingFailed(state.error)}</MessageBarBody>
              </MessageBar>
            )}
            {!state.error && !scan && <Spinner size="tiny" label={strings.counting} />}
            {scan && (
              <Text weight="semibold" role="status">
                {scan.cells > 0
                  ? strings.willChange(scan.formulas, scan.cells)
                  : strings.nothingToChange}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={state.close}>
              {strings.cancel}
            </Button>
            <Button
              appearance="primary"
              disabled={!scan || cells === 0 || state.converting || state.error !== null}
              onClick={() => void state.confirm()}
            >
              {strings.confirm(cells)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
