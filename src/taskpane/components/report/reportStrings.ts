import { Language } from "../../../core/language";

/** Texts of the report buttons and their messages, in one language. */
export interface ReportStrings {
  readonly heading: string;
  readonly insert: string;
  readonly download: string;
  readonly prepare: string;
  readonly noReport: string;
  readonly working: string;
  readonly inserted: (sheet: string, source: string) => string;
  readonly chartAdded: string;
  readonly chartUnsupported: string;
  readonly pageSetupUnsupported: string;
  readonly downloaded: (file: string) => string;
  readonly insertFailed: (message: string) => string;
  readonly downloadFailed: (message: string) => string;
  readonly dialogTitle: string;
  readonly dialogIntro: string;
  readonly scopeLabel: string;
  readonly wholeWorkbook: string;
  readonly oneSheet: string;
  readonly sheetLabel: string;
  readonly counting: string;
  readonly willChange: (formulas: number, cells: number) => string;
  readonly nothingToChange: string;
  readonly confirm: (cells: number) => string;
  readonly cancel: string;
  readonly converted: (cells: number, sheets: string) => string;
  readonly sharingFailed: (message: string) => string;
}

const EN: ReportStrings = {
  heading: "Leadership 9-box page",
  insert: "Insert 9-box sheet",
  download: "Download 9-box .xlsx",
  prepare: "Prepare for sharing",
  noReport: "The 9-box page is available once the matrix shows people.",
  working: "Working…",
  inserted: (sheet, source) => `Added the sheet "${sheet}" with the 9-box of "${source}".`,
  chartAdded: "A chart of the scores is on the same sheet.",
  chartUnsupported:
    "Chart left out: this version of Excel does not support add-in charts (ExcelApi 1.7 is needed).",
  pageSetupUnsupported:
    "Print setup left out: this version of Excel is older than ExcelApi 1.9. Set landscape and " +
    "fit to one page under Page Layout before printing.",
  downloaded: (file) => `Downloaded ${file}.`,
  insertFailed: (message) => `The 9-box sheet was not added: ${message}`,
  downloadFailed: (message) => `The .xlsx file was not created: ${message}`,
  dialogTitle: "Prepare for sharing",
  dialogIntro:
    "Replaces this add-in's formulas (ASN.TALENTBOX, ASN.KPISTATUS and the others) by their " +
    "current values, so people without the add-in see the results instead of #NAME?. Other " +
    "formulas stay as they are. Keep a copy with the formulas if you want to recalculate later.",
  scopeLabel: "Where",
  wholeWorkbook: "Whole workbook",
  oneSheet: "One sheet",
  sheetLabel: "Sheet",
  counting: "Counting the cells…",
  willChange: (formulas, cells) =>
    `${formulas} ${formulas === 1 ? "formula" : "formulas"} will be replaced by values; ` +
    `${cells} ${cells === 1 ? "cell changes" : "cells change"} (spilled results included).`,
  nothingToChange: "No formulas of this add-in were found here. Nothing will change.",
  confirm: (cells) => `Replace ${cells} ${cells === 1 ? "cell" : "cells"}`,
  cancel: "Cancel",
  converted: (cells, sheets) =>
    `Replaced ${cells} ${cells === 1 ? "cell" : "cells"} by values on: ${sheets}.`,
  sharingFailed: (message) => `Nothing was converted: ${message}`,
};

const ID: ReportStrings = {
  heading: "Halaman 9-box untuk pimpinan",
  insert: "Sisipkan sheet 9-box",
  download: "Unduh 9-box .xlsx",
  prepare: "Siapkan untuk dibagikan",
  noReport: "Halaman 9-box tersedia setelah matriks menampilkan pegawai.",
  working: "Sedang diproses…",
  inserted: (sheet, source) => `Sheet "${sheet}" ditambahkan dengan 9-box dari "${source}".`,
  chartAdded: "Grafik nilai ada di sheet yang sama.",
  chartUnsupported:
    "Grafik tidak dibuat: versi Excel ini belum mendukung grafik dari add-in (perlu ExcelApi 1.7).",
  pageSetupUnsupported:
    "Pengaturan cetak tidak dibuat: versi Excel ini lebih lama dari ExcelApi 1.9. Atur lanskap " +
    "dan muat dalam satu halaman di Page Layout sebelum mencetak.",
  downloaded: (file) => `${file} telah diunduh.`,
  insertFailed: (message) => `Sheet 9-box tidak ditambahkan: ${message}`,
  downloadFailed: (message) => `Berkas .xlsx tidak dibuat: ${message}`,
  dialogTitle: "Siapkan untuk dibagikan",
  dialogIntro:
    "Mengganti rumus add-in ini (ASN.TALENTBOX, ASN.KPISTATUS dan lainnya) dengan nilainya saat " +
    "ini, agar penerima tanpa add-in melihat hasilnya, bukan #NAME?. Rumus lain tidak berubah. " +
    "Simpan salinan berisi rumus bila ingin menghitung ulang nanti.",
  scopeLabel: "Cakupan",
  wholeWorkbook: "Seluruh workbook",
  oneSheet: "Satu sheet",
  sheetLabel: "Sheet",
  counting: "Menghitung sel…",
  willChange: (formulas, cells) =>
    `${formulas} rumus akan diganti dengan nilai; ${cells} sel berubah (termasuk hasil spill).`,
  nothingToChange: "Tidak ada rumus add-in ini di sini. Tidak ada yang berubah.",
  confirm: (cells) => `Ganti ${cells} sel`,
  cancel: "Batal",
  converted: (cells, sheets) => `${cells} sel diganti dengan nilai di: ${sheets}.`,
  sharingFailed: (message) => `Tidak ada yang dikonversi: ${message}`,
};

export const REPORT_STRINGS: Readonly<Record<Language, ReportStrings>> = { en: EN, id: ID };
