import * as React from "react";
import { ReportInput } from "../../../core/sheet/types";

export interface ReportActionsProps {
  /** The matrix as the pane shows it now, or null while nothing is placed yet. */
  report: ReportInput | null;
  /** True inside Excel; false in the browser preview, where the page downloads as .xlsx. */
  inExcel: boolean;
}

// TODO: the report buttons (insert sheet, download .xlsx, prepare for sharing) are not built yet.
export function ReportActions(_props: ReportActionsProps): React.ReactElement | null {
  return null;
}
