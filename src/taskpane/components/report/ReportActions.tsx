import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { Language } from "../../../core/language";
import { ReportInput } from "../../../core/sheet/types";
import { useReportActionsStyles } from "./ReportActions.styles";
import { reportLineText } from "./reportMessage";
import { SharingDialog } from "./SharingDialog";
import { useReportActions } from "./useReportActions";
import { useSharingDialog } from "./useSharingDialog";

export interface ReportActionsProps {
  /** The matrix as the pane shows it now, or null while nothing is placed yet. */
  report: ReportInput | null;
  /** The pane's language, used for these labels also while there is no report. */
  language: Language;
  /** True inside Excel; false in the browser preview, where the page downloads as .xlsx. */
  inExcel: boolean;
}

/**
 * Buttons for the leadership page. In Excel they insert the 9-box sheet and prepare the workbook
 * for sharing. In the browser preview they download the same page as .xlsx.
 */
export function ReportActions({
  report,
  language,
  inExcel,
}: ReportActionsProps): React.ReactElement {
  const styles = useReportActionsStyles();
  const actions = useReportActions(report, language);
  const sharing = useSharingDialog(actions.setMessage);
  const { strings, busy, message } = actions;
  const noReport = report === null;

  return (
    <section className={styles.root} aria-label={strings.heading}>
      <h2 className={styles.heading}>{strings.heading}</h2>
      <div className={styles.buttons}>
        {inExcel ? (
          <>
            <Button
              appearance="primary"
              disabled={busy || noReport}
              onClick={() => void actions.insert()}
            >
              {strings.insert}
            </Button>
            <Button disabled={busy} onClick={sharing.show}>
              {strings.prepare}
            </Button>
          </>
        ) : (
          <Button
            appearance="primary"
            disabled={busy || noReport}
            onClick={() => void actions.download()}
          >
            {strings.download}
          </Button>
        )}
      </div>
      {noReport && <Text className={styles.hint}>{strings.noReport}</Text>}
      {busy && <Spinner size="tiny" label={strings.working} />}
      {message && (
        <MessageBar intent={message.intent} role="status">
          <MessageBarBody>
            {message.lines.map((line) => (
              <div key={line.key}>{reportLineText(line, strings)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {inExcel && <SharingDialog state={sharing} strings={strings} />}
    </section>
  );
}
