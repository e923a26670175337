import { Workbook } from "exceljs";
import {
  officeValue,
  readWorkbookFile,
  WorkbookFileError,
} from "../../src/taskpane/preview/workbookValues";

describe("officeValue", () => {
  test.each([
    [null, ""],
    [85, 85],
    ["Tinggi", "Tinggi"],
    [true, true],
    [{ error: "#N/A" }, "#N/A"],
    [{ formula: "A1*2", result: 80 }, 80],
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ formula: "B2" }, ""],
    [{ sharedFormula: "A1", result: "rendah" }, "rendah"],
    [{ richText: [{ text: "Di atas " }, { text: "ekspektasi" }] }, "Di atas ekspektasi"],
    [{ text: "Dinas A", hyperlink: "http://127.0.0.1/" }, "Dinas A"],
    [new Date(Date.UTC(2026, 0, 1)), 46023],
  ])("%p reads as %p", (value, expected) => {
    expect(officeValue(value as never)).toEqual(expected);
  });
});

describe("readWorkbookFile", () => {
  test("merged title shows once", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Rekap");
    sheet.getCell("A1").value = "PEMERINTAH KOTA UJI";
    sheet.mergeCells("A1:C1");
    sheet.getRow(3).values = ["Nama", "Kinerja", "Potensial"];
    sheet.getRow(4).values = ["Ani", 85, "tinggi"];
    const data = await workbook.xlsx.writeBuffer();

    const values = await readWorkbookFile(data as ArrayBuffer, "uji.xlsx");

    expect(values.sheetName).toBe("Rekap");
    expect(values.values[0]).toEqual(["PEMERINTAH KOTA UJI", "", ""]);
    expect(values.values[1]).toEqual(["", "", ""]);
    expect(values.values[3]).toEqual(["Ani", 85, "tinggi"]);
  });

  test("active sheet is read", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Petunjuk").getCell("A1").value = "Baca dulu";
    workbook.addWorksheet("Data").getCell("A1").value = "Nama";
    workbook.views = [{ activeTab: 1 } as never];
    const data = await workbook.xlsx.writeBuffer();

    const values = await readWorkbookFile(data as ArrayBuffer, "uji.xlsx");

    expect(values.sheetName).toBe("Data");
    expect(values.sheetId).toBe("uji.xlsx!Data");
  });

  test("non-workbook file names the file", async () => {
    const data = new TextEncoder().encode("Nama;Kinerja\nAni;85\n").buffer;

    const error = await readWorkbookFile(data as ArrayBuffer, "data.csv").catch((e: Error) => e);

    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).problem).toBe("unreadable");
    expect((error as Error).message).toBe(
      '"data.csv" could not be read as an .xlsx workbook. Save it from Excel as .xlsx and open it again.'
    );
  });

  test("corrupt zip hides library text", async () => {
    // A zip signature followed by garbage: the zip reader fails with its own text and a link.
    const bytes = new Uint8Array(64);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await readWorkbookFile(bytes.buffer, "rusak.xlsx").catch((e: Error) => e);

    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toContain('"rusak.xlsx" could not be read');
    expect((error as Error).message).not.toMatch(/https?:|zip/i);
  });
});
