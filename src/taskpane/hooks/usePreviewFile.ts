/* global fetch */
import { useCallback, useEffect, useState } from "react";
import { PreviewSheetSource } from "../preview/previewSheetSource";
import { WorkbookFileError } from "../preview/workbookValues";

/** Path of the bundled sample workbook, relative to taskpane.html. */
export const SAMPLE_WORKBOOK_URL = "assets/sample/talenta-contoh.xlsx";

/** The part of a picked file this hook reads; a DOM File has it. */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_WORKBOOK_URL);
  if (!response.ok) {
    throw new Error(`${SAMPLE_WORKBOOK_URL} returned HTTP ${response.status}`);
  }
  return response.arrayBuffer();
}

/** A failed open: a file the preview cannot read as a workbook, or any other error. */
export type OpenError = WorkbookFileError | Error;

/**
 * Opens the bundled sample when the preview starts, and any .xlsx file the user picks later.
 * Errors are those of the last failed opens, or null.
 */
export function usePreviewFile(source: PreviewSheetSource | null, loadSample: boolean) {
  const [sampleError, setSampleError] = useState<OpenError | null>(null);
  const [fileError, setFileError] = useState<OpenError | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  useEffect(() => {
    if (!source || !loadSample) {
      return;
    }
    fetchSample()
      .then((data) => source.open(data, "talenta-contoh.xlsx"))
      .then(() => setFileName("talenta-contoh.xlsx"))
      .catch((reason: Error) => setSampleError(reason));
  }, [source, loadSample]);

  const openFile = useCallback(
    async (file: PickedFile) => {
      if (!source) {
        return;
      }
      try {
        await source.open(await file.arrayBuffer(), file.name);
        setFileName(file.name);
        setFileError(null);
        setSampleError(null);
      } catch (reason) {
        setFileError(reason as Error);
      }
    },
    [source]
  );

  return { sampleError, fileError, fileName, openFile };
}
