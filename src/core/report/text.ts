import { Language } from "../language";
import { Numbering, boxMeaning, convertBox, positionOf } from "../boxes";
import { FilterRole } from "../sheet/filters";

/** Fixed wording of the leadership sheet. */
export interface ReportText {
  title: string;
  source: string;
  date: string;
  performanceCutoffs: string;
  potentialCutoffs: string;
  numbering: string;
  numberingNames: Record<Numbering, string>;
  /** Label of the line that states the active filters. */
  filter: string;
  /** Name of each filterable column, as in the list headers. */
  filterColumns: Record<FilterRole, string>;
  /** Note under the filter line: the counts and shares cover the filtered rows only. */
  filterNote: string;
  performanceAxis: string;
  potentialAxis: string;
  box: string;
  /** "1 person" or "2 people". Indonesian has one form for both. */
  countPeople: (count: number) => string;
  /** "1 row left out" or "2 rows left out". */
  countLeftOut: (count: number) => string;
  /** Header of the count column of the chart's data. */
  peopleColumn: string;
  total: string;
  /** Legend of the green boxes, followed by the boxes with their meanings. */
  talentPoolLegend: string;
  talentPoolTitle: string;
  overflowTitle: string;
  leftOutTitle: string;
  columns: { box: string; name: string; nip: string; position: string; agency: string };
  leftOutColumns: { row: string; name: string; reason: string };
  noPeople: string;
  noRows: string;
  unnamed: string;
  moreInPool: string;
  moreInList: string;
  chartScatter: string;
  chartColumn: string;
  months: readonly string[];
}

export const REPORT_TEXT: Readonly<Record<Language, ReportText>> = {
  id: {
    title: "Peta Talenta ASN: Matriks 9 Kotak",
    source: "Sumber: lembar kerja",
    date: "Tanggal",
    performanceCutoffs: "Batas nilai kinerja",
    potentialCutoffs: "Batas nilai potensial",
    numbering: "Penomoran kotak",
    numberingNames: {
      permenpanrb: "PermenPANRB 3/2020",
      corporate: "korporat (nomor berbeda dari PermenPANRB; letak dan arti kotak tetap sama)",
    },
    filter: "Saringan",
    filterColumns: { agency: "Unit kerja", position: "Jabatan", grade: "Eselon / jenjang" },
    filterNote:
      "Jumlah, persentase dan daftar di lembar ini hanya mencakup baris yang lolos saringan.",
    performanceAxis: "KINERJA ↑",
    potentialAxis: "POTENSIAL →",
    box: "Kotak",
    countPeople: (count) => `${count} orang`,
    countLeftOut: (count) => `${count} baris tidak ditempatkan`,
    peopleColumn: "Jumlah pegawai",
    total: "Jumlah ditempatkan",
    talentPoolLegend: "Kotak hijau adalah kelompok rencana suksesi",
    talentPoolTitle: "Kelompok rencana suksesi",
    overflowTitle: "Daftar lengkap kotak yang terlalu penuh untuk matriks",
    leftOutTitle: "Baris yang tidak ditempatkan",
    columns: { box: "Kotak", name: "Nama", nip: "NIP", position: "Jabatan", agency: "Unit kerja" },
    leftOutColumns: { row: "Baris", name: "Nama", reason: "Alasan" },
    noPeople: "Tidak ada pegawai di kotak ini.",
    noRows: "Tidak ada.",
    unnamed: "(tanpa nama, baris",
    moreInPool: "lainnya: lihat daftar kelompok rencana suksesi di bawah",
    moreInList: "lainnya: lihat daftar lengkap di bawah",
    chartScatter: "Kinerja terhadap potensial",
    chartColumn: "Jumlah pegawai per kotak",
    months: [
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ],
  },
  en: {
    title: "ASN 9-Box Talent Map",
    source: "Source: sheet",
    date: "Date",
    performanceCutoffs: "Performance cut-offs",
    potentialCutoffs: "Potential cut-offs",
    numbering: "Box numbering",
    numberingNames: {
      permenpanrb: "PermenPANRB 3/2020",
      corporate: "corporate (numbers differ from PermenPANRB; the place and meaning do not)",
    },
    filter: "Filter",
    filterColumns: { agency: "Agency", position: "Position", grade: "Grade" },
    filterNote: "Counts, shares and lists on this sheet cover only the rows that pass the filter.",
    performanceAxis: "PERFORMANCE ↑",
    potentialAxis: "POTENTIAL →",
    box: "Box",
    countPeople: (count) => `${count} ${count === 1 ? "person" : "people"}`,
    countLeftOut: (count) => `${count} ${count === 1 ? "row" : "rows"} left out`,
    peopleColumn: "People",
    total: "Placed",
    talentPoolLegend: "Green boxes are the talent pool (succession pool)",
    talentPoolTitle: "Talent pool (succession pool)",
    overflowTitle: "Full list of the boxes too full for the grid",
    leftOutTitle: "Rows left out",
    columns: { box: "Box", name: "Name", nip: "NIP", position: "Position", agency: "Agency" },
    leftOutColumns: { row: "Row", name: "Name", reason: "Reason" },
    noPeople: "Nobody in this box.",
    noRows: "None.",
    unnamed: "(no name, row",
    moreInPool: "more: see the talent pool list below",
    moreInList: "more: see the full list below",
    chartScatter: "Performance against potential",
    chartColumn: "People per box",
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
  },
};

/**
 * "7 (Kinerja di atas ekspektasi, potensial menengah)": the number of a government box in the
 * chosen numbering, with its meaning, because the two numberings give one place different numbers.
 */
export function formatBoxNumber(box: number, numbering: Numbering, language: Language): string {
  const shownNumber = convertBox(box, "permenpanrb", numbering);
  return `${shownNumber} (${boxMeaning(positionOf(box), language)})`;
}

/** "4 Desember 2026": a date written out as text, so no locale turns it into another date. */
export function formatReportDate(date: Date, language: Language): string {
  const month = REPORT_TEXT[language].months[date.getMonth()];
  return `${date.getDate()} ${month} ${date.getFullYear()}`;
}

/** Formats a number with the report language's decimal separator and at most one decimal. */
export function formatDecimal(value: number, language: Language): string {
  const text = String(Math.round(value * 10) / 10);
  return language === "id" ? text.replace(".", ",") : text;
}

/** Formats a number in full with the report language's decimal separator. */
export function formatNumber(value: number, language: Language): string {
  return language === "id" ? String(value).replace(".", ",") : String(value);
}
