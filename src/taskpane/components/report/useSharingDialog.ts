import * as React from "react";
import {
  SharingScan,
  SharingScope,
  listSheetNames,
  prepareForSharing,
  scanForSharing,
} from "../../excel/sharing";
import { ReportMessage } from "./reportMessage";
import { errorText } from "./useReportActions";

export interface SharingDialogState {
  readonly open: boolean;
  readonly sheetNames: readonly string[];
  readonly scope: SharingScope;
  /** The count for the current scope, or null while counting. */
  readonly scan: SharingScan | null;
  readonly error: string | null;
  readonly converting: boolean;
  readonly show: () => void;
  readonly close: () => void;
  readonly setScope: (scope: SharingScope) => void;
  readonly confirm: () => Promise<void>;
}

/**
 * Holds the "Prepare for sharing" dialog: it counts the cells that would change for the chosen
 * scope, and converts only after the user confirms that count.
 */
export function useSharingDialog(onDone: (message: ReportMessage) => void): SharingDialogState {
  const [open, setOpen] = React.useState(false);
  const [sheetNames, setSheetNames] = React.useState<string[]>([]);
  const [scope, setScope] = React.useState<SharingScope>({ kind: "workbook" });
  const [scan, setScan] = React.useState<SharingScan | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [converting, setConverting] = React.useState(false);

  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    let current = true;
    setScan(null);
    setError(null);
    scanForSharing(scope).then(
      (result) => current && setScan(result),
      (failure) => current && setError(errorText(failure))
    );
    return () => {
      current = false;
    };
  }, [open, scope]);

  const show = React.useCallback(() => {
    setScope({ kind: "workbook" });
    setOpen(true);
    listSheetNames().then(setSheetNames, (failure) => setError(errorText(failure)));
  }, []);

  const confirm = React.useCallback(async () => {
    setConverting(true);
    try {
      const done = await prepareForSharing(scope);
      const sheets = [...new Set(done.targets.map((target) => target.sheet))];
      onDone({
        intent: "success",
        lines: [{ key: "converted", cells: done.cells, sheets: sheets.join(", ") || "-" }],
      });
      setOpen(false);
    } catch (failure) {
      onDone({ intent: "error", lines: [{ key: "sharingFailed", error: errorText(failure) }] });
      setOpen(false);
    } finally {
      setConverting(false);
    }
  }, [scope, onDone]);

  return {
    open,
    sheetNames,
    scope,
    scan,
    error,
    converting,
    show,
    close: () => setOpen(false),
    setScope,
    confirm,
  };
}
