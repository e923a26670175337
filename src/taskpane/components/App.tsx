import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { SheetSource } from "../excel/sheetSource";
import { usePane } from "../hooks/usePane";
import { OpenError, usePreviewFile } from "../hooks/usePreviewFile";
import { PaneStrings } from "../i18n/strings";
import { PreviewSheetSource } from "../preview/previewSheetSource";
import { WorkbookFileError } from "../preview/workbookValues";
import { Matrix } from "./matrix/Matrix";
import { ReportActions } from "./report/ReportActions";
import { ColumnPickers } from "./settings/ColumnPickers";
import { CutoffField } from "./settings/CutoffField";
import { FilterBar } from "./settings/FilterBar";
import { LanguageSwitch } from "./settings/LanguageSwitch";
import { NumberingSwitch } from "./settings/NumberingSwitch";
import { PreviewFilePicker } from "./settings/PreviewFilePicker";
import { LeftOutList } from "./sheet/LeftOutList";
import { SheetWarnings } from "./sheet/SheetWarnings";
import { useAppStyles } from "./App.styles";

export interface AppProps {
  source: SheetSource;
  /** The same source when running in the browser preview, where files can be opened. */
  preview?: PreviewSheetSource;
  /** Opens the bundled sample on start; tests that open their own files turn it off. */
  loadSample?: boolean;
}

function Message(props: { intent: "error" | "info"; text: string | null }) {
  if (!props.text) {
    return null;
  }
  return (
    <MessageBar intent={props.intent}>
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * Returns the message for a failed open in the pane's language. A file that is not a workbook gets
 * a plain message without the library's text.
 */
function openErrorText(error: OpenError | null, strings: PaneStrings): string | null {
  if (error === null) {
    return null;
  }
  if (error instanceof WorkbookFileError) {
    return error.problem === "unreadable"
      ? strings.fileUnreadable(error.fileName)
      : strings.fileNoWorksheet(error.fileName);
  }
  return error.message;
}

/** Renders the task pane, which shows the active sheet's people in the 9-box matrix. */
export function App(props: AppProps): React.ReactElement {
  const styles = useAppStyles();
  const pane = usePane(props.source);
  const previewFile = usePreviewFile(props.preview ?? null, props.loadSample ?? true);
  const [showColumns, setShowColumns] = React.useState(false);
  const { strings, detection } = pane;

  return (
    <main className={styles.root} lang={pane.language}>
      <header className={styles.header}>
        <h1 className={styles.title}>{strings.title}</h1>
        {pane.sheet.sheetName && (
          <span className={styles.sheetName} data-sheet={pane.sheet.sheetName}>
            {strings.sheetLine(pane.sheet.sheetName)}
          </span>
        )}
      </header>
      {props.preview && (
        <PreviewFilePicker
          strings={strings}
          fileName={previewFile.fileName}
          onOpen={(file) => void previewFile.openFile(file)}
        />
      )}
      <Message
        intent="error"
        text={
          previewFile.sampleError &&
          strings.sampleFailed(openErrorText(previewFile.sampleError, strings) ?? "")
        }
      />
      <Message intent="error" text={openErrorText(previewFile.fileError, strings)} />
      <Message intent="error" text={pane.readError && strings.readFailed(pane.readError)} />
      <Message intent="error" text={pane.saveError && strings.saveFailed(pane.saveError)} />
      <Message intent="info" text={pane.selectionMessage} />
      {pane.loading && <Spinner size="tiny" label={strings.loading} />}
      {pane.read !== null && !pane.hasSheet && pane.sheet.sheetName !== "" && (
        <Message intent="info" text={strings.emptySheet(pane.sheet.sheetName)} />
      )}

      {pane.hasSheet && (
        <>
          <SheetWarnings detection={detection} parsed={pane.parsed} strings={strings} />
          {(detection.unsure || showColumns) && (
            <ColumnPickers
              detection={detection}
              firstColumn={pane.sheet.firstColumn}
              strings={strings}
              onPick={pane.pickColumn}
            />
          )}
          {!detection.unsure && !showColumns && (
            <Button appearance="secondary" size="small" onClick={() => setShowColumns(true)}>
              {strings.changeColumns}
            </Button>
          )}
          {!pane.waitingForPick && (
            <>
              <FilterBar
                options={pane.filterOptions}
                filters={pane.filters}
                strings={strings}
                onChange={pane.setFilter}
              />
              <Matrix
                grid={pane.grid}
                numbering={pane.choices.numbering}
                language={pane.language}
                strings={strings}
                onSelectRow={pane.selectRow}
              />
              <LeftOutList
                rows={pane.grid.leftOut}
                strings={strings}
                language={pane.language}
                onSelectRow={pane.selectRow}
              />
            </>
          )}
        </>
      )}

      <section className={styles.settings}>
        <CutoffField
          axis="performance"
          label={strings.performanceCutoffs}
          applyLabel={strings.applyCutoffs}
          hint={strings.cutoffsHint}
          stillInUse={strings.cutoffsStillInUse}
          saved={pane.choices.cutoffs.performance}
          inUse={pane.cutoffs.performance}
          language={pane.language}
          savedProblem={pane.cutoffProblems.performance}
          onApply={(text) => pane.setCutoffText("performance", text)}
        />
        <CutoffField
          axis="potential"
          label={strings.potentialCutoffs}
          applyLabel={strings.applyCutoffs}
          hint={strings.cutoffsHint}
          stillInUse={strings.cutoffsStillInUse}
          saved={pane.choices.cutoffs.potential}
          inUse={pane.cutoffs.potential}
          language={pane.language}
          savedProblem={pane.cutoffProblems.potential}
          onApply={(text) => pane.setCutoffText("potential", text)}
        />
        <NumberingSwitch
          numbering={pane.choices.numbering}
          strings={strings}
          onChange={pane.setNumbering}
        />
        <LanguageSwitch language={pane.language} strings={strings} onChange={pane.setLanguage} />
      </section>
      <ReportActions report={pane.report} language={pane.language} inExcel={props.source.inExcel} />
    </main>
  );
}
