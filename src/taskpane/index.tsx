import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { createExcelSheetSource } from "./excel/excelSheetSource";
import { blockOutsideFrames } from "./preview/blockOutsideFrames";
import { PreviewSheetSource } from "./preview/previewSheetSource";

function render(inExcel: boolean): void {
  if (!inExcel) {
    blockOutsideFrames();
  }
  const root = createRoot(document.getElementById("container") as HTMLElement);
  const preview = inExcel ? undefined : new PreviewSheetSource();
  const source = preview ?? createExcelSheetSource();
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App source={source} preview={preview} />
    </FluentProvider>
  );
}

// In a plain browser Office.onReady reports no host, and the pane runs as a preview on a workbook
// opened in the page. Without office.js at all (offline), the preview starts directly.
if (typeof Office === "undefined") {
  render(false);
} else {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
}
