import { Language } from "../../core/language";
import { ColumnRole } from "../../core/sheet/types";
import { FilterRole } from "../../core/sheet/filters";

/** Every text the pane shows, in one language. */
export interface PaneStrings {
  readonly title: string;
  readonly languageLabel: string;
  readonly numberingLabel: string;
  readonly numberingGovernment: string;
  readonly numberingCorporate: string;
  readonly performanceAxis: string;
  readonly potentialAxis: string;
  readonly performanceCutoffs: string;
  readonly potentialCutoffs: string;
  readonly cutoffsHint: string;
  readonly applyCutoffs: string;
  /** The cut-offs still in use after an invalid entry, as core formats them. */
  readonly cutoffsStillInUse: (cutoffs: string) => string;
  readonly talentPool: string;
  readonly total: (count: number) => string;
  readonly boxLabel: (box: number, count: number) => string;
  readonly boxHeading: (box: number) => string;
  readonly people: (count: number) => string;
  readonly more: (count: number) => string;
  readonly leftOutTitle: (count: number) => string;
  readonly row: (rowNumber: number) => string;
  readonly noName: string;
  readonly filtersTitle: string;
  readonly allValues: string;
  readonly filterNames: Readonly<Record<FilterRole, string>>;
  readonly columnsTitle: string;
  readonly columnNames: Readonly<Record<ColumnRole, string>>;
  readonly noColumn: string;
  /** A column's entry in the pickers: its letter, and its header when the sheet has one. */
  readonly columnOption: (letter: string, header: string) => string;
  readonly changeColumns: string;
  readonly unsureMissing: (roles: string) => string;
  readonly unsureCompeting: (roles: string) => string;
  readonly duplicateNip: (nip: string, rows: string) => string;
  readonly numericNip: (count: number, rows: string) => string;
  readonly loading: string;
  readonly readFailed: (message: string) => string;
  readonly emptySheet: (sheet: string) => string;
  readonly selectedRow: (rowNumber: number, sheet: string) => string;
  readonly selectFailed: (rowNumber: number, message: string) => string;
  readonly saveFailed: (message: string) => string;
  readonly openFile: string;
  readonly previewNote: string;
  readonly sheetLine: (sheet: string) => string;
  readonly fileLine: (fileName: string) => string;
  readonly sampleFailed: (message: string) => string;
  readonly fileUnreadable: (fileName: string) => string;
  readonly fileNoWorksheet: (fileName: string) => string;
}

const ROLE_NAMES_EN: Record<ColumnRole, string> = {
  name: "Name",
  nip: "NIP",
  agency: "Agency",
  position: "Position",
  grade: "Grade",
  performance: "Performance",
  potential: "Potential",
  box: "Existing box",
};

const ROLE_NAMES_ID: Record<ColumnRole, string> = {
  name: "Nama",
  nip: "NIP",
  agency: "Unit kerja",
  position: "Jabatan",
  grade: "Eselon / jenjang",
  performance: "Kinerja",
  potential: "Potensial",
  box: "Kotak yang ada",
};

const EN: PaneStrings = {
  title: "Talent 9-box",
  languageLabel: "Language",
  numberingLabel: "Box numbering",
  numberingGovernment: "PermenPANRB 3/2020",
  numberingCorporate: "Corporate",
  performanceAxis: "Performance (kinerja)",
  potentialAxis: "Potential (potensial)",
  performanceCutoffs: "Performance cut-offs",
  potentialCutoffs: "Potential cut-offs",
  cutoffsHint: 'Two numbers such as "60;80" start medium and high; blank uses 60;80 on 0 to 100.',
  applyCutoffs: "Apply",
  cutoffsStillInUse: (cutoffs) => `The matrix still uses: ${cutoffs}.`,
  talentPool: "Talent pool",
  total: (count) => `Total placed: ${count}`,
  boxLabel: (box, count) => `Box ${box}: ${count} ${count === 1 ? "person" : "people"}`,
  boxHeading: (box) => `Box ${box}`,
  people: (count) => `${count} ${count === 1 ? "person" : "people"}`,
  more: (count) => `+${count} more`,
  leftOutTitle: (count) => `Rows left out (${count})`,
  row: (rowNumber) => `Row ${rowNumber}`,
  noName: "(no name)",
  filtersTitle: "Filters",
  allValues: "All",
  filterNames: { agency: "Agency", position: "Position", grade: "Grade" },
  columnsTitle: "Columns",
  columnNames: ROLE_NAMES_EN,
  noColumn: "(none)",
  columnOption: (letter, header) => (header ? `${letter}: ${header}` : `Column ${letter}`),
  changeColumns: "Choose columns",
  unsureMissing: (roles) =>
    `No column was recognised for: ${roles}. Pick the columns below; nobody is placed until ` +
    `you do.`,
  unsureCompeting: (roles) =>
    `More than one column could hold: ${roles}. Pick the column below; nobody is placed until ` +
    `you do.`,
  duplicateNip: (nip, rows) => `NIP ${nip} appears in rows ${rows}.`,
  numericNip: (count, rows) =>
    `The NIP in ${count} ${count === 1 ? "row" : "rows"} (${rows}) is stored as a number, so ` +
    `digits were lost: Excel keeps only 15 significant digits and an NIP has 18. Format the NIP ` +
    `column as Text and enter those NIPs again. Duplicate NIPs cannot be checked among them ` +
    `until then.`,
  loading: "Reading the sheet…",
  readFailed: (message) => `Reading the sheet failed: ${message}`,
  emptySheet: (sheet) => `Sheet "${sheet}" holds no data. Open the sheet with the staff scores.`,
  selectedRow: (rowNumber, sheet) => `Row ${rowNumber} of "${sheet}" selected.`,
  selectFailed: (rowNumber, message) => `Selecting row ${rowNumber} failed: ${message}`,
  saveFailed: (message) => `Saving the choices failed: ${message}`,
  openFile: "Open a workbook (.xlsx)",
  previewNote: "Preview outside Excel: the pane shows a workbook opened in this browser.",
  sheetLine: (sheet) => `Sheet: ${sheet}`,
  fileLine: (fileName) => `Workbook: ${fileName}`,
  sampleFailed: (message) => `The sample workbook could not be loaded: ${message}`,
  fileUnreadable: (fileName) =>
    `"${fileName}" could not be read as an .xlsx workbook. Save it from Excel as .xlsx and open ` +
    `it again.`,
  fileNoWorksheet: (fileName) =>
    `"${fileName}" has no worksheet. Open a workbook that contains the staff sheet.`,
};

const ID: PaneStrings = {
  title: "9-box talenta",
  languageLabel: "Bahasa",
  numberingLabel: "Penomoran kotak",
  numberingGovernment: "PermenPANRB 3/2020",
  numberingCorporate: "Korporat",
  performanceAxis: "Kinerja",
  potentialAxis: "Potensial",
  performanceCutoffs: "Batas kinerja",
  potentialCutoffs: "Batas potensial",
  cutoffsHint:
    'Dua angka seperti "60;80" adalah awal menengah dan tinggi; kosong berarti 60;80 pada skala 0 sampai 100.',
  applyCutoffs: "Terapkan",
  cutoffsStillInUse: (cutoffs) => `Matriks tetap memakai: ${cutoffs}.`,
  talentPool: "Kelompok rencana suksesi",
  total: (count) => `Jumlah ditempatkan: ${count}`,
  boxLabel: (box, count) => `Kotak ${box}: ${count} orang`,
  boxHeading: (box) => `Kotak ${box}`,
  people: (count) => `${count} orang`,
  more: (count) => `+${count} lainnya`,
  leftOutTitle: (count) => `Baris yang tidak ditempatkan (${count})`,
  row: (rowNumber) => `Baris ${rowNumber}`,
  noName: "(tanpa nama)",
  filtersTitle: "Saring",
  allValues: "Semua",
  filterNames: { agency: "Unit kerja", position: "Jabatan", grade: "Eselon / jenjang" },
  columnsTitle: "Kolom",
  columnNames: ROLE_NAMES_ID,
  noColumn: "(tidak ada)",
  columnOption: (letter, header) => (header ? `${letter}: ${header}` : `Kolom ${letter}`),
  changeColumns: "Pilih kolom",
  unsureMissing: (roles) =>
    `Tidak ada kolom yang dikenali untuk: ${roles}. Pilih kolomnya di bawah; belum ada pegawai ` +
    `yang ditempatkan sebelum Anda memilih.`,
  unsureCompeting: (roles) =>
    `Lebih dari satu kolom bisa berisi: ${roles}. Pilih kolomnya di bawah; belum ada pegawai ` +
    `yang ditempatkan sebelum Anda memilih.`,
  duplicateNip: (nip, rows) => `NIP ${nip} muncul di baris ${rows}.`,
  numericNip: (count, rows) =>
    `NIP di ${count} baris (${rows}) tersimpan sebagai angka sehingga digitnya hilang: Excel hanya ` +
    `menyimpan 15 digit dan NIP terdiri dari 18 digit. Ubah format kolom NIP menjadi Teks lalu ` +
    `ketik ulang NIP tersebut. Sampai saat itu NIP ganda di antara baris tersebut tidak dapat ` +
    `diperiksa.`,
  loading: "Membaca lembar kerja…",
  readFailed: (message) => `Gagal membaca lembar kerja: ${message}`,
  emptySheet: (sheet) =>
    `Lembar "${sheet}" tidak berisi data. Buka lembar yang berisi nilai pegawai.`,
  selectedRow: (rowNumber, sheet) => `Baris ${rowNumber} di "${sheet}" dipilih.`,
  selectFailed: (rowNumber, message) => `Gagal memilih baris ${rowNumber}: ${message}`,
  saveFailed: (message) => `Gagal menyimpan pilihan: ${message}`,
  openFile: "Buka buku kerja (.xlsx)",
  previewNote: "Pratinjau di luar Excel: panel menampilkan buku kerja yang dibuka di peramban ini.",
  sheetLine: (sheet) => `Lembar: ${sheet}`,
  fileLine: (fileName) => `Buku kerja: ${fileName}`,
  sampleFailed: (message) => `Buku kerja contoh tidak dapat dimuat: ${message}`,
  fileUnreadable: (fileName) =>
    `"${fileName}" tidak dapat dibaca sebagai buku kerja .xlsx. Simpan dari Excel sebagai .xlsx ` +
    `lalu buka lagi.`,
  fileNoWorksheet: (fileName) =>
    `"${fileName}" tidak berisi lembar kerja. Buka buku kerja yang berisi lembar data pegawai.`,
};

export const STRINGS: Readonly<Record<Language, PaneStrings>> = { en: EN, id: ID };

/** Indonesian when Office's display language is Indonesian ("id-ID"), English otherwise. */
export function languageOfDisplay(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith("id") ? "id" : "en";
}
