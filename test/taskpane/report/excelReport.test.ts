import { buildReportLayout } from "../../../src/core/report";
import { writeReportSheet } from "../../../src/taskpane/excel/report";
import { uniqueSheetName } from "../../../src/taskpane/excel/reportSheetName";
import { splitBlock } from "../../../src/taskpane/excel/reportWriter";
import {
  FIXTURE_LEFT_OUT,
  TRICKY_NAMES,
  fixturePeople,
  person,
  reportInput,
} from "../../core/report/fixture";
import { FakeSheet, createFakeWorkbook } from "./fakeWorkbook";

function staffSheet(): FakeSheet {
  const sheet = new FakeSheet("Data Pegawai");
  sheet.set(0, 0, "Nama");
  sheet.set(1, 0, "Ani");
  sheet.set(1, 1, "=ASN.TALENTBOX(C2,D2)", 9);
  return sheet;
}

const all = () => true;

/** What the report writer queued on a new sheet's page-break collection and page layout. */
interface PrintSetup {
  readonly breaks: string[];
  readonly pageLayout: Record<string, unknown>;
}

/**
 * Creates the fake workbook and gives each new sheet the page-break collection of ExcelApi 1.9.
 * The breaks and page layouts of the new sheets are kept for the assertions.
 */
function reportWorkbook(sheets: FakeSheet[]) {
  const book = createFakeWorkbook(sheets);
  const printSetups = new Map<string, PrintSetup>();
  const worksheets = book.context.workbook.worksheets as unknown as {
    add: (name: string) => unknown;
  };
  const add = worksheets.add.bind(worksheets);
  worksheets.add = (name: string) => {
    const sheet = add(name) as {
      horizontalPageBreaks?: unknown;
      pageLayout: Record<string, unknown>;
    };
    const breaks: string[] = [];
    sheet.horizontalPageBreaks = { add: (address: string) => breaks.push(address) };
    printSetups.set(name, { breaks, pageLayout: sheet.pageLayout });
    return sheet;
  };
  return Object.assign(book, { printSetups });
}

describe("Excel report writer", () => {
  test("writes only the new sheet", async () => {
    const existing = staffSheet();
    const before = JSON.stringify([...existing.cells]);
    const book = reportWorkbook([existing]);

    const result = await writeReportSheet(book.context, reportInput(fixturePeople()), all);

    expect(result.sheetName).toBe("9-Box");
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Data Pegawai", "9-Box"]);
    expect(JSON.stringify([...existing.cells])).toBe(before);
    expect(book.log.length).toBeGreaterThan(0);
    expect(book.log.every((entry) => entry.sheet === "9-Box")).toBe(true);
  });

  test("new sheet name is unique", async () => {
    const book = reportWorkbook([new FakeSheet("9-box"), new FakeSheet("9-Box (2)")]);
    const result = await writeReportSheet(book.context, reportInput(fixturePeople()), all);
    expect(result.sheetName).toBe("9-Box (3)");
  });

  test("text cells get text format before values", async () => {
    const book = reportWorkbook([staffSheet()]);
    const input = reportInput(fixturePeople());
    await writeReportSheet(book.context, input, all);

    const report = book.sheets[1];
    const layout = buildReportLayout(input);
    const hyperlinkBox = layout.boxCells[9];
    const names = report.cell(hyperlinkBox.row, hyperlinkBox.column);
    expect(String(names.formula).split("\n")).toContain(TRICKY_NAMES[0]);
    expect(names.numberFormat).toBe("@");

    // In the talent pool list the tricky name sits alone in a cell: it must stay text.
    const stored = [...report.cells.values()];
    const alone = stored.find((cell) => cell.value === TRICKY_NAMES[0]);
    expect(alone?.formula).toBe(TRICKY_NAMES[0]);
    expect(alone?.numberFormat).toBe("@");
    expect(
      stored.some(
        (cell) =>
          typeof cell.formula === "string" &&
          cell.formula.startsWith("=") &&
          cell.value === "(computed)"
      )
    ).toBe(false);

    // Every values write is preceded by a numberFormat write of the same range.
    book.log.forEach((entry, index) => {
      if (entry.property === "values") {
        const previous = book.log[index - 1];
        expect(previous.property).toBe("numberFormat");
        expect([previous.row, previous.column, previous.rowCount]).toEqual([
          entry.row,
          entry.column,
          entry.rowCount,
        ]);
      }
    });
  });

  test("NIP and signed text stay text", async () => {
    const people = [person(9, "+62 812", 3), person(9, "-", 4)];
    const book = reportWorkbook([]);
    await writeReportSheet(book.context, reportInput(people), all);
    const stored = [...book.sheets[0].cells.values()];
    for (const text of ["+62 812", "-", people[0].nip]) {
      const cell = stored.find((item) => item.value === text);
      expect(cell?.numberFormat).toBe("@");
      expect(cell?.formula).toBe(text);
    }
    expect(stored.some((cell) => cell.value === 62812)).toBe(false);
  });

  test("sync count does not grow with people", async () => {
    const crowd = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        person((index % 9) + 1, `Pegawai ${index}`, index + 2)
      );
    const small = reportWorkbook([]);
    await writeReportSheet(small.context, reportInput(crowd(10)), all);
    const large = reportWorkbook([]);
    await writeReportSheet(large.context, reportInput(crowd(2000)), all);

    expect(small.syncCount).toBe(large.syncCount);
    expect(large.syncCount).toBeLessThanOrEqual(4);
  });

  test("chart and page setup added when supported", async () => {
    const book = reportWorkbook([]);
    const result = await writeReportSheet(book.context, reportInput(fixturePeople()), all);
    expect(result.chart).toBe("scatter");
    expect(book.charts).toHaveLength(1);
    expect(book.charts[0].type).toBe("XYScatter");
    expect(book.charts[0].series).toEqual([
      "Potensial 60",
      "Potensial 80",
      "Kinerja 60",
      "Kinerja 80",
    ]);
    expect(result.pageSetup).toBe(true);
  });

  test("print setup covers lists after a break", async () => {
    const book = reportWorkbook([]);
    const input = reportInput(fixturePeople(), { leftOut: FIXTURE_LEFT_OUT });
    await writeReportSheet(book.context, input, all);

    const layout = buildReportLayout(input);
    const legendRow = layout.boxCells[1].row + 2;
    const lastRow = Math.max(...layout.blocks.map((block) => block.row + block.values.length));
    expect(book.pageLayouts.get("9-Box")).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: `A1:E${lastRow}`,
    });
    // The talent pool list and the rows left out are inside the print area.
    const report = book.sheets[0];
    const leftOut = [...report.cells.entries()].find(([, cell]) => cell.value === "Kartika Sari");
    expect(Number(leftOut?.[0].split(",")[0]) + 1).toBe(lastRow);

    const setup = book.printSetups.get("9-Box");
    expect(setup?.breaks).toEqual([`A${legendRow + 2}`]);
    expect(setup?.pageLayout.paperSize).toBe("A4");
    expect(setup?.pageLayout.leftMargin).toBeCloseTo(0.7 * 72);
    expect(setup?.pageLayout.topMargin).toBeCloseTo(0.75 * 72);
    expect(setup?.pageLayout.centerHorizontally).toBe(true);
  });

  test("chart skipped when Excel is too old", async () => {
    const book = reportWorkbook([]);
    const versions: string[] = [];
    const result = await writeReportSheet(book.context, reportInput(fixturePeople()), (version) => {
      versions.push(version);
      return false;
    });
    expect(result.chart).toBe("unsupported");
    expect(result.pageSetup).toBe(false);
    expect(book.charts).toHaveLength(0);
    expect(book.pageLayouts.size).toBe(0);
    expect(book.printSetups.get("9-Box")?.breaks).toEqual([]);
    expect(versions.sort()).toEqual(["1.7", "1.9"]);
  });
});

describe("unique sheet name", () => {
  test.each([
    [["Sheet1"], "9-Box"],
    [["9-BOX"], "9-Box (2)"],
    [["9-Box", "9-box (2)", "9-Box (3)"], "9-Box (4)"],
  ])("existing %j gives %s", (existing, expected) => {
    expect(uniqueSheetName("9-Box", existing)).toBe(expected);
  });

  test("long and forbidden names are cleaned", () => {
    const name = uniqueSheetName("Kotak/9:[Dinas]*? " + "x".repeat(40), []);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[\\/?*[\]:]/);
    const copy = uniqueSheetName(name, [name]);
    expect(copy.length).toBeLessThanOrEqual(31);
    expect(copy.endsWith(" (2)")).toBe(true);
  });
});

describe("report block split", () => {
  test("large block splits by whole rows", () => {
    const values = Array.from({ length: 25001 }, (_, index) => [`Nama ${index}`, "NIP"]);
    const pieces = splitBlock({ row: 30, column: 0, values });
    expect(pieces.map((piece) => piece.values.length)).toEqual([25000, 1]);
    expect(pieces[1].row).toBe(30 + 25000);
    expect(pieces[1].values[0][0]).toBe("Nama 25000");
  });

  test("small block stays whole", () => {
    const block = { row: 0, column: 0, values: [["a", 1]] };
    expect(splitBlock(block)).toEqual([block]);
  });
});
