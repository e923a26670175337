import * as React from "react";
import { Language } from "../../../core/language";
import { ReportInput } from "../../../core/sheet/types";
import { insertReportSheet } from "../../excel/report";
import { downloadReport } from "../../report/download";
import { ReportMessage, ReportMessageLine } from "./reportMessage";
import { REPORT_STRINGS, ReportStrings } from "./reportStrings";

export interface ReportActionsState {
  readonly strings: ReportStrings;
  readonly busy: boolean;
  readonly message: ReportMessage | null;
  readonly insert: () => Promise<void>;
  readonly download: () => Promise<void>;
  readonly setMessage: (message: ReportMessage | null) => void;
}

/**
 * Runs the insert and download actions and keeps the message that describes the outcome. Labels
 * and the message follow the pane's language, which is also the report's when there is one.
 */
export function useReportActions(
  report: ReportInput | null,
  language: Language
): ReportActionsState {
  const strings = REPORT_STRINGS[language];
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<ReportMessage | null>(null);

  const insert = React.useCallback(async () => {
    if (!report) {
      return;
    }
    setBusy(true);
    try {
      const result = await insertReportSheet(report);
      const lines: ReportMessageLine[] = [
        { key: "inserted", sheet: result.sheetName, source: report.sourceSheet },
      ];
      if (result.chart === "scatter" || result.chart === "column") {
        lines.push({ key: "chartAdded" });
      }
      if (result.chart === "unsupported") {
        lines.push({ key: "chartUnsupported" });
      }
      if (!result.pageSetup) {
        lines.push({ key: "pageSetupUnsupported" });
      }
      const complete = result.chart !== "unsupported" && result.pageSetup;
      setMessage({ intent: complete ? "success" : "warning", lines });
    } catch (error) {
      setMessage({ intent: "error", lines: [{ key: "insertFailed", error: errorText(error) }] });
    } finally {
      setBusy(false);
    }
  }, [report]);

  const download = React.useCallback(async () => {
    if (!report) {
      return;
    }
    setBusy(true);
    try {
      const file = await downloadReport(report);
      setMessage({ intent: "success", lines: [{ key: "downloaded", file }] });
    } catch (error) {
      setMessage({ intent: "error", lines: [{ key: "downloadFailed", error: errorText(error) }] });
    } finally {
      setBusy(false);
    }
  }, [report]);

  return { strings, busy, message, insert, download, setMessage };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
