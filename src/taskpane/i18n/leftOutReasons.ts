import { numberFromText } from "../../core/levels";
import { LeftOutCell } from "../../core/sheet/types";

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
 * kind: what is wrong with which value, and what to do. Core's messages are the English counterpart.
 */
export function leftOutCellId(cell: LeftOutCell): string {
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
