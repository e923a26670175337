/* eslint-disable no-undef */
// Writes the preview's sample workbook, assets/sample/talenta-contoh.xlsx, of synthetic civil
// servants (no real person). It is laid out like exported agency sheets: title rows, a merged
// title, a "No" column, blank separator rows, and a few rows that must be left out.
// Run with `node scripts/make-fixtures.js`; the output is committed.
const path = require("path");
const ExcelJS = require("exceljs");

const OUTPUT = path.join(__dirname, "..", "assets", "sample", "talenta-contoh.xlsx");

const FIRST_NAMES = [
  "Ahmad",
  "Siti",
  "Budi",
  "Dewi",
  "Rizky",
  "Nur",
  "Agus",
  "Rina",
  "Hendra",
  "Wulan",
  "Fajar",
  "Intan",
  "Yusuf",
  "Maya",
  "Dimas",
  "Ratna",
  "Eko",
  "Lestari",
  "Taufik",
  "Ayu",
];
const LAST_NAMES = [
  "Saputra",
  "Rahmawati",
  "Santoso",
  "Lestari",
  "Pratama",
  "Hidayat",
  "Wibowo",
  "Kusuma",
  "Nugroho",
  "Permata",
  "Setiawan",
  "Maharani",
  "Siregar",
  "Nasution",
  "Wijaya",
  "Utami",
];
const TITLES_BEFORE = ["", "", "", "Dr. ", "H. ", "Hj. ", "Ir. ", "Drs. "];
const DEGREES = ["", "", ", S.Kom.", ", S.E.", ", S.H., M.H.", ", S.Sos., M.Si.", ", S.T."];
const AGENCIES = [
  "Dinas Pendidikan",
  "Dinas Kesehatan",
  "Badan Perencanaan Pembangunan Daerah",
  "Dinas Pekerjaan Umum dan Penataan Ruang",
  "Sekretariat Daerah",
];
const POSITIONS = [
  ["Kepala Dinas", "II.b"],
  ["Sekretaris", "III.a"],
  ["Kepala Bidang", "III.b"],
  ["Kepala Seksi", "IV.a"],
  ["Analis Kepegawaian", "Ahli Muda"],
  ["Perencana", "Ahli Pertama"],
];
const POTENTIAL_WORDS = ["Rendah", "Menengah", "Tinggi"];

/** Park-Miller generator, so the sample is the same on every run. */
function randomGenerator(seed) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** A score inside a level's band on the 0-100 scale with the default cut-offs 60 and 80. */
function scoreFor(random, level) {
  const [low, high] = [
    [40, 59],
    [60, 79],
    [80, 98],
  ][level - 1];
  return low + Math.floor(random() * (high - low + 1));
}

function nip(index) {
  // Birth date, appointment month, sex digit and a serial, 18 digits in all, as text.
  const birth = `19${70 + (index % 25)}0${1 + (index % 9)}1${index % 10}`;
  return `${birth}20${10 + (index % 14)}0${1 + (index % 9)}${1 + (index % 2)}${String(index).padStart(3, "0")}`;
}

function peopleRows(random) {
  const rows = [];
  for (let index = 1; index <= 60; index++) {
    const name =
      pick(random, TITLES_BEFORE) +
      `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}` +
      pick(random, DEGREES);
    const [position, grade] = pick(random, POSITIONS);
    const performance = 1 + Math.floor(random() * 3);
    const potentialLevel = 1 + Math.floor(random() * 3);
    const potential =
      index % 4 === 0 ? POTENTIAL_WORDS[potentialLevel - 1] : scoreFor(random, potentialLevel);
    rows.push([
      name,
      nip(index),
      position,
      grade,
      pick(random, AGENCIES),
      scoreFor(random, performance),
      potential,
    ]);
  }
  return rows;
}

/** Rows that test the pane's handling of bad data and hostile text. */
function specialRows() {
  return [
    ["Rahmat Hidayat", nip(101), "Kepala Seksi", "IV.a", "Dinas Kesehatan", "", 85],
    ["Sri Wahyuni, S.Pd.", nip(102), "Perencana", "Ahli Pertama", "Dinas Pendidikan", "bagus", 70],
    ["Joko Susilo", nip(103), "Kepala Bidang", "III.b", "Sekretariat Daerah", 150, 75],
    [
      "Andi Firmansyah",
      nip(104),
      "Analis Kepegawaian",
      "Ahli Muda",
      "Dinas Kesehatan",
      82,
      { error: "#N/A" },
    ],
    ["Putri Anggraini", nip(5), "Perencana", "Ahli Pertama", "Dinas Pendidikan", 88, 91],
    [
      "<img src=x onerror=alert(1)>",
      nip(105),
      "Kepala Seksi",
      "IV.a",
      "Sekretariat Daerah",
      90,
      90,
    ],
    ["=1+1", nip(106), "Analis Kepegawaian", "Ahli Muda", "Dinas Kesehatan", 65, 65],
  ];
}

async function main() {
  const random = randomGenerator(20260101);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "make-fixtures.js";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Talenta 2026");

  const titles = [
    "PEMERINTAH KOTA CONTOH",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Pemetaan Talenta ASN Tahun 2026 (data sintetis, bukan orang sebenarnya)",
  ];
  titles.forEach((title, index) => {
    sheet.getCell(index + 1, 1).value = title;
    sheet.mergeCells(index + 1, 1, index + 1, 8);
    sheet.getCell(index + 1, 1).font = { bold: true, size: index === 0 ? 14 : 12 };
    sheet.getCell(index + 1, 1).alignment = { horizontal: "center" };
  });

  const header = [
    "No",
    "Nama",
    "NIP",
    "Jabatan",
    "Eselon",
    "Unit Kerja",
    "Nilai Kinerja",
    "Nilai Potensial",
  ];
  sheet.getRow(5).values = header;
  sheet.getRow(5).font = { bold: true };

  const rows = [...peopleRows(random), ...specialRows()];
  let rowNumber = 6;
  rows.forEach((cells, index) => {
    // A blank separator row after every 20 people, as in sheets pasted from several agencies.
    if (index > 0 && index % 20 === 0) {
      rowNumber++;
    }
    const row = sheet.getRow(rowNumber);
    row.values = [index + 1, ...cells];
    row.getCell(3).numFmt = "@";
    rowNumber++;
  });

  sheet.columns.forEach((column, index) => {
    column.width = [5, 34, 22, 24, 12, 36, 14, 16][index];
  });
  await workbook.xlsx.writeFile(OUTPUT);
  console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}: ${rows.length} data rows.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
