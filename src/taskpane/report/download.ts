/* global Blob, URL, document, setTimeout -- browser globals; the lint config lists only Office's. */
import { ReportInput } from "../../core/sheet/types";
import { buildReportXlsx } from "./xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "9-box-Data Pegawai-2026-12-04.xlsx", with characters that file systems reject removed. */
export function reportFileName(input: ReportInput): string {
  const sheet = input.sourceSheet.replace(/[\\/:*?"<>|]/g, " ").trim() || "sheet";
  const date = input.date;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `9-box-${sheet}-${day}.xlsx`;
}

/** Builds the .xlsx and hands it to the browser as a download; returns the file name. */
export async function downloadReport(input: ReportInput): Promise<string> {
  const bytes = await buildReportXlsx(input);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const name = reportFileName(input);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next task, after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
