import { readActiveSheet, rowsPerChunk, MAX_CHUNK_ROWS } from "../../src/taskpane/excel/readSheet";
import { installExcelHost } from "./excelMock";

function staffValues(rows: number, columns: number): unknown[][] {
  const header = [
    "Nama",
    "Kinerja",
    "Potensial",
    ...Array.from({ length: columns - 3 }, (_, i) => `Kolom ${i}`),
  ];
  const body = Array.from({ length: rows }, (_, row) => [
    `Pegawai ${row}`,
    60 + (row % 40),
    "tinggi",
    ...Array.from({ length: columns - 3 }, () => "x"),
  ]);
  return [header, ...body];
}

describe("rowsPerChunk", () => {
  test.each([
    [1, MAX_CHUNK_ROWS],
    [8, 5000],
    [10, 5000],
    [20, 2500],
    [100, 500],
    [60000, 1],
  ])("%i columns give %i rows", (columns, rows) => {
    expect(rowsPerChunk(columns)).toBe(rows);
  });
});

describe("readActiveSheet", () => {
  test.each([
    // rows (with the header), columns, syncs: one for the range size plus one per chunk
    [11, 8, 2],
    [5000, 8, 2],
    [5001, 8, 3],
    [12001, 8, 4],
    [12001, 100, 26],
  ])("%i rows x %i columns take %i syncs", async (rows, columns, syncs) => {
    const values = staffValues(rows - 1, columns);
    const host = installExcelHost({ values });

    const read = await readActiveSheet();

    expect(read.syncCount).toBe(syncs);
    expect(host.syncCount).toBe(syncs);
    expect(read.sheet.values).toHaveLength(rows);
    expect(read.sheet.values[rows - 1]).toEqual(values[rows - 1]);
  });

  test("values keep their order", async () => {
    const values = staffValues(12000, 8);
    installExcelHost({ values });

    const read = await readActiveSheet();

    expect(read.sheet.values).toEqual(values);
  });

  test("range position is kept", async () => {
    installExcelHost({
      values: staffValues(3, 3),
      firstRow: 4,
      firstColumn: 2,
      sheetName: "Rekap",
    });

    const read = await readActiveSheet();

    expect(read.sheet.firstRow).toBe(4);
    expect(read.sheet.firstColumn).toBe(2);
    expect(read.sheet.sheetName).toBe("Rekap");
    expect(read.sheet.sheetId).toBe("{SHEET-1}");
  });

  test("empty sheet takes one sync", async () => {
    const host = installExcelHost({ values: [] });

    const read = await readActiveSheet();

    expect(read.sheet.values).toEqual([]);
    expect(host.syncCount).toBe(1);
  });
});
