import { ReportStrings } from "./reportStrings";

/**
 * One line of a report action's outcome, kept as a text key with its values so that the line is
 * worded in the pane's current language each time it renders, also after the language changes.
 */
export type ReportMessageLine =
  | { readonly key: "inserted"; readonly sheet: string; readonly source: string }
  | { readonly key: "chartAdded" | "chartUnsupported" | "pageSetupUnsupported" }
  | { readonly key: "downloaded"; readonly file: string }
  | { readonly key: "insertFailed" | "downloadFailed" | "sharingFailed"; readonly error: string }
  | { readonly key: "converted"; readonly cells: number; readonly sheets: string };

export interface ReportMessage {
  readonly intent: "success" | "warning" | "error";
  readonly lines: readonly ReportMessageLine[];
}

/** Words one message line in the language of the strings given. */
export function reportLineText(line: ReportMessageLine, strings: ReportStrings): string {
  switch (line.key) {
    case "inserted":
      return strings.inserted(line.sheet, line.source);
    case "downloaded":
      return strings.downloaded(line.file);
    case "converted":
      return strings.converted(line.cells, line.sheets);
    case "insertFailed":
    case "downloadFailed":
    case "sharingFailed":
      return strings[line.key](line.error);
    default:
      return strings[line.key];
  }
}
