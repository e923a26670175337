import { Language } from "../language";
import { numberFromText } from "../levels";
import { LeftOutCell, LeftOutRow, RowProblem } from "./types";

const COLUMN_NAMES_ID: Readonly<Record<LeftOutCell["axis"], string>> = {
  performance: "Kinerja",
  potential: "Potensial",
  box: "Kotak",
};

const LEVEL_HELP_ID =
  'Gunakan nilai, nomor level 1 sampai 3, atau kata level seperti "rendah", "menengah", ' +
  '"tinggi" atau "di atas ekspektasi".';

const BOX_HELP_ID = "Gunakan bilangan bulat 1 sampai 9.";

/** Quotes a text value and leaves a number bare, as core's English messages show them. */
function shownValue(value: string): string {
  return Number.isNaN(numberFromText(value)) ? `"${value}"` : value;
}

function boxReasonId(cell: LeftOutCell): string {
  switch (cell.kind) {
    case "blank":
      return "Kotak kosong (atau 0, yang dikirim Excel untuk sel kosong). Isi kotak 1 sampai 9.";
    case "error":
      return `Sel kotak berisi galat ${cell.value}. Perbaiki sel tersebut dahulu.`;
    case "range":
      return `Kotak ${shownValue(cell.value)} di luar rentang. ${BOX_HELP_ID}`;
    default:
      return `Kotak ${shownValue(cell.value)} bukan angka. ${BOX_HELP_ID}`;
  }
}

/**
 * Words the Indonesian reason for one cell that kept a row out of the matrix, per core problem
 * kind: what is wrong with which value, and what to do. Core's messages are the English
 * counterpart.
 */
function leftOutCellId(cell: LeftOutCell): string {
  if (cell.axis === "box") {
    return boxReasonId(cell);
  }
  const column = COLUMN_NAMES_ID[cell.axis];
  const lowerColumn = column.toLowerCase();
  const value = shownValue(cell.value);

  switch (cell.kind) {
    case "blank":
      return (
        `${column} kosong (atau 0, yang dikirim Excel untuk sel kosong), sehingga tidak ada ` +
        `kotak. Isi nilai atau levelnya.`
      );
    case "error":
      return `Sel ${lowerColumn} berisi galat ${cell.value}. Perbaiki sel tersebut dahulu.`;
    case "range":
      return (
        `${column} ${value} berada di luar skala. Perbaiki nilainya, atau isi batas ` +
        `${lowerColumn} di bawah sesuai skala Anda.`
      );
    case "ambiguous":
      return Number.isNaN(numberFromText(cell.value))
        ? `${column} ${value} bermakna ganda: sebagai predikat SKP artinya sesuai ekspektasi ` +
            `(level 2), pada skala Kurang/Cukup/Baik artinya tinggi (level 3). Isi "SKP" atau ` +
            `"Kurang/Cukup/Baik" pada batas ${lowerColumn} di bawah, atau tulis kata levelnya.`
        : `${column} ${value} bisa berarti nomor level (1 sampai 3) atau nilai pada skala kecil ` +
            `seperti 1 sampai 5. Gunakan nomor level bulat 1 sampai 3, atau isi batas ` +
            `${lowerColumn} di bawah sesuai skala Anda.`;
    case "unknown":
      return `${column} ${value} bukan nilai atau level yang dikenal. ${LEVEL_HELP_ID}`;
    default:
      return `${column} ${value} tidak dapat dibaca. ${LEVEL_HELP_ID}`;
  }
}

const AXIS_NAMES: Readonly<Record<Language, Record<"performance" | "potential", string>>> = {
  en: { performance: "Performance", potential: "Potential" },
  id: { performance: "Kinerja", potential: "Potensial" },
};

/** Words a reason that is not about one score cell, in the language given. */
export function rowProblemReason(problem: RowProblem, language: Language): string {
  switch (problem.kind) {
    case "noNameOrNip":
      return language === "id"
        ? "Baris ini tidak berisi nama maupun NIP, misalnya baris jumlah atau rata-rata, " +
            "sehingga tidak ditempatkan. Isi nama atau NIP pegawai bila baris ini memang " +
            "seorang pegawai."
        : "The row has no name and no NIP, as a total or average row does, so it is not placed. " +
            "Enter the civil servant's name or NIP if the row is a person.";
    case "summaryRow":
      return language === "id"
        ? `"${problem.label}" tanpa NIP adalah baris jumlah atau rata-rata, bukan pegawai, ` +
            `sehingga tidak ditempatkan. Isi NIP bila baris ini memang seorang pegawai.`
        : `"${problem.label}" with no NIP is a total or average row, not a civil servant, so it ` +
            `is not placed. Enter the NIP if the row is a person.`;
    case "missingColumns": {
      const names = problem.columns.map((axis) => AXIS_NAMES[language][axis]);
      return language === "id"
        ? `Kolom ${names.join(" dan ")} belum dipilih. Pilih kolom ${names.join(" dan ")} di ` +
            `panel, atau kolom Kotak yang ada.`
        : `No ${names.join(" or ")} column is chosen. Pick the ${names.join(" and ")} ` +
            `${names.length === 1 ? "column" : "columns"} in the pane, or an existing box column.`;
    }
  }
}

/**
 * Returns why a row was left out, in the language given. Indonesian is worded from the cells or
 * the row problem behind the reason; English keeps core's message, which parseSheet stores.
 */
export function describeLeftOut(row: LeftOutRow, language: Language): string {
  if (language === "en") {
    return row.reason;
  }
  if (row.rowProblem !== undefined) {
    return rowProblemReason(row.rowProblem, language);
  }
  if (row.cells === undefined || row.cells.length === 0) {
    return row.reason;
  }
  return row.cells.map(leftOutCellId).join(" ");
}
