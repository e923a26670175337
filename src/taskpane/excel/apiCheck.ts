/** Tells whether the running Excel supports an ExcelApi requirement set. */
export type ApiCheck = (version: string) => boolean;

/** Asks Office whether the running Excel supports ExcelApi at the given version. */
export function officeApiCheck(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
