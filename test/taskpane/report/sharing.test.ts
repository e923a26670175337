import {
  findAddinFormulas,
  prepareForSharing,
  scanForSharing,
  SharingError,
} from "../../../src/taskpane/excel/sharing";
import { callsAddinFunction, needsTextFormat } from "../../../src/taskpane/excel/sharingScan";
import { FakeSheet, createFakeWorkbook } from "./fakeWorkbook";

/** A staff sheet with two ASN formulas (one spilling 3 rows), a SUM and a plain constant. */
function staffSheet(): FakeSheet {
  const sheet = new FakeSheet("Data Pegawai");
  sheet.set(0, 0, "Nama");
  sheet.set(1, 0, "Ani");
  sheet.set(1, 4, "=asn.TalentBox(C2,D2)", 9);
  sheet.set(1, 5, "=SUM(C2:D2)", 170);
  sheet.set(2, 5, '=IF(C3>80,ASN.KPISTATUS(G3,H3),"-")', "Memenuhi target");
  // =ASN.TALENTBOX(C2:C4,D2:D4) in G2 spills into G3:G4.
  sheet.set(1, 6, "=ASN.TALENTBOX(C2:C4,D2:D4)", 9);
  sheet.set(2, 6, 5, 5);
  sheet.set(3, 6, 1, 1);
  sheet.spills.set("1,6", { rowCount: 3, columnCount: 1 });
  sheet.set(4, 0, '="ASN.TALENTBOX(" & A2', "ASN.TALENTBOX(Ani");
  return sheet;
}

function kpiSheet(): FakeSheet {
  const sheet = new FakeSheet("KPI");
  sheet.set(0, 0, "=ASN.KPIBAND(B1)", "Tinggi");
  sheet.set(0, 1, "=ASN.KPIACHIEVEMENT(C1,D1)", "08");
  sheet.set(1, 0, '=TEXTJOIN(",",TRUE,A1:A3)', "Tinggi");
  return sheet;
}

const all = () => true;

describe("prepare for sharing", () => {
  test("count is reported before change", async () => {
    const staff = staffSheet();
    const book = createFakeWorkbook([staff, kpiSheet()]);
    global.Excel = {
      run: (callback: (context: Excel.RequestContext) => unknown) => callback(book.context),
    } as never;

    const scan = await scanForSharing({ kind: "workbook" }, all);

    expect(scan.formulas).toBe(5);
    // E2, F3, G2:G4 (three cells), A1 and B1 of KPI.
    expect(scan.cells).toBe(7);
    expect(book.log).toHaveLength(0);
    expect(staff.cell(1, 4).formula).toBe("=asn.TalentBox(C2,D2)");
  });

  test("only ASN formulas are converted", async () => {
    const staff = staffSheet();
    const kpi = kpiSheet();
    const book = createFakeWorkbook([staff, kpi]);
    global.Excel = {
      run: (callback: (context: Excel.RequestContext) => unknown) => callback(book.context),
    } as never;

    const done = await prepareForSharing({ kind: "workbook" }, all);

    expect(done.cells).toBe(7);
    expect(staff.cell(1, 4).formula).toBe(9);
    expect(staff.cell(2, 5).formula).toBe("Memenuhi target");
    expect(kpi.cell(0, 0).formula).toBe("Tinggi");
    // Untouched: other formulas, a string that only mentions the name, constants.
    expect(staff.cell(1, 5).formula).toBe("=SUM(C2:D2)");
    expect(staff.cell(4, 0).formula).toBe('="ASN.TALENTBOX(" & A2');
    expect(kpi.cell(1, 0).formula).toBe('=TEXTJOIN(",",TRUE,A1:A3)');
    expect(staff.cell(1, 0).formula).toBe("Ani");
  });

  test("spill range is converted whole", async () => {
    const staff = staffSheet();
    const book = createFakeWorkbook([staff]);
    global.Excel = {
      run: (callback: (context: Excel.RequestContext) => unknown) => callback(book.context),
    } as never;

    await prepareForSharing({ kind: "sheet", name: "data pegawai" }, all);

    expect([1, 2, 3].map((row) => staff.cell(row, 6).formula)).toEqual([9, 5, 1]);
    const write = book.log.find((entry) => entry.property === "values" && entry.column === 6);
    expect(write).toMatchObject({ row: 1, rowCount: 3, columnCount: 1 });
  });

  test("text results stay text", async () => {
    const kpi = kpiSheet();
    const book = createFakeWorkbook([kpi]);
    global.Excel = {
      run: (callback: (context: Excel.RequestContext) => unknown) => callback(book.context),
    } as never;

    await prepareForSharing({ kind: "sheet", name: "KPI" }, all);

    expect(kpi.cell(0, 1).formula).toBe("08");
    expect(kpi.cell(0, 1).numberFormat).toBe("@");
    expect(kpi.cell(0, 0).numberFormat).toBe("General");
  });

  test("chosen sheet limits the scope", async () => {
    const staff = staffSheet();
    const kpi = kpiSheet();
    const book = createFakeWorkbook([staff, kpi]);
    global.Excel = {
      run: (callback: (context: Excel.RequestContext) => unknown) => callback(book.context),
    } as never;

    const done = await prepareForSharing({ kind: "sheet", name: "KPI" }, all);

    expect(done.sheets).toEqual(["KPI"]);
    expect(done.cells).toBe(2);
    expect(staff.cell(1, 4).formula).toBe("=asn.TalentBox(C2,D2)");
  });

  test("missing sheet is rejected with its name", async () => {
    const book = createFakeWorkbook([kpiSheet()]);
    await expect(
      findAddinFormulas(book.context, { kind: "sheet", name: "Rekap" }, all)
    ).rejects.toThrow(/Sheet "Rekap" was not found/);
  });

  test("old Excel converts nothing", async () => {
    const kpi = kpiSheet();
    const book = createFakeWorkbook([kpi]);
    await expect(
      findAddinFormulas(book.context, { kind: "workbook" }, () => false)
    ).rejects.toBeInstanceOf(SharingError);
    expect(book.log).toHaveLength(0);
  });

  test("sync count follows chunks, not formulas", async () => {
    const sheetWith = (count: number) => {
      const sheet = new FakeSheet("Data");
      for (let row = 0; row < count; row++) {
        sheet.set(row, 0, `=ASN.TALENTBOX(B${row + 1},C${row + 1})`, 5);
        sheet.set(row, 1, 70);
      }
      return sheet;
    };
    const small = createFakeWorkbook([sheetWith(10)]);
    await findAddinFormulas(small.context, { kind: "workbook" }, all);
    const large = createFakeWorkbook([sheetWith(2000)]);
    await findAddinFormulas(large.context, { kind: "workbook" }, all);
    expect(large.syncCount).toBe(small.syncCount);
  });
});

describe("ASN formula match", () => {
  test.each([
    ["=ASN.TALENTBOX(A1,B1)", true],
    ["=asn.kpistatus(A1,B1)", true],
    ['=IFERROR(ASN.BOXMEANING(A1), "")', true],
    ["=ASN.BOXACTIONS (A1)", true],
    ["=ASN.INTALENTPOOL(A1)", true],
    ["=SUM(A1:A3)", false],
    ['="ASN.TALENTBOX(A1)"', false],
    ["=XASN.TALENTBOX(A1)", false],
    ["=ASN.OTHER(A1)", false],
    ["ASN.TALENTBOX(A1)", false],
    [42, false],
  ])("%p calls ASN: %p", (formula, expected) => {
    expect(callsAddinFunction(formula)).toBe(expected);
  });

  test.each([
    ["08", true],
    ["=x", true],
    ["+62", true],
    ["1/2", true],
    ["TRUE", true],
    ["Tinggi", false],
    ["Kinerja di atas ekspektasi, potensial tinggi", false],
    [9, false],
  ])("%p needs text format: %p", (value, expected) => {
    expect(needsTextFormat(value)).toBe(expected);
  });
});
