/* global fetch */
import { useCallback, useEffect, useState } from "react";
import { PreviewSheetSource } from "../preview/previewSheetSource";

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

/**
 * Opens the bundled sample when the preview starts, and any .xlsx file the user picks later.
 * Errors are the messages of the last failed opens, or null.
 */
export function usePreviewFile(source: PreviewSheetSource | null, loadSample: boolean) {
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  useEffect(() => {
    if (!source || !loadSample) {
      return;
    }
    fetchSample()
      .then((data) => source.open(data, "talenta-contoh.xlsx"))
      .then(() => setFileName("talenta-contoh.xlsx"))
      .catch((reason: Error) => setSampleError(reason.message));
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
        setFileError((reason as Error).message);
      }
    },
    [source]
  );

  return { sampleError, fileError, fileName, openFile };
}
