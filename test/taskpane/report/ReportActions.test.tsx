/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// exceljs runs its Node build here; with jsdom's default "browser" condition its uuid dependency
// resolves to an ES-module file that jest cannot load.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReportActions } from "../../../src/taskpane/components/report/ReportActions";
import { fixturePeople, reportInput } from "../../core/report/fixture";
import { FakeSheet, FakeWorkbook, createFakeWorkbook } from "./fakeWorkbook";

// jsdom does no layout and has no ResizeObserver, which Fluent's MessageBar constructs.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

function useExcel(book: FakeWorkbook, supports: (version: string) => boolean = () => true): void {
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Excel = {
    run: (callback: (context: Excel.RequestContext) => unknown) => callback(book.context),
  };
  globals.Office = {
    context: {
      requirements: { isSetSupported: (_set: string, version: string) => supports(version) },
    },
  };
}

function staffSheet(): FakeSheet {
  const sheet = new FakeSheet("Data Pegawai");
  sheet.set(0, 0, "Nama");
  sheet.set(1, 4, "=ASN.TALENTBOX(C2,D2)", 9);
  sheet.set(2, 4, "=ASN.TALENTBOX(C3,D3)", 5);
  sheet.set(1, 5, "=SUM(C2:D2)", 170);
  return sheet;
}

function renderActions(props: React.ComponentProps<typeof ReportActions>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ReportActions {...props} />
    </FluentProvider>
  );
}

describe("ReportActions", () => {
  test("insert reports the new sheet", async () => {
    const book = createFakeWorkbook([staffSheet()]);
    useExcel(book);
    renderActions({
      report: reportInput(fixturePeople(), { language: "en" }),
      language: "en",
      inExcel: true,
    });

    fireEvent.click(screen.getByRole("button", { name: "Insert 9-box sheet" }));

    expect(
      await screen.findByText('Added the sheet "9-Box" with the 9-box of "Data Pegawai".')
    ).toBeTruthy();
    expect(screen.getByText("A chart of the scores is on the same sheet.")).toBeTruthy();
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Data Pegawai", "9-Box"]);
  });

  test("insert says why the chart is missing", async () => {
    const book = createFakeWorkbook([]);
    useExcel(book, (version) => version !== "1.7");
    renderActions({
      report: reportInput(fixturePeople(), { language: "en" }),
      language: "en",
      inExcel: true,
    });

    fireEvent.click(screen.getByRole("button", { name: "Insert 9-box sheet" }));

    expect(await screen.findByText(/Chart left out: .*ExcelApi 1\.7/)).toBeTruthy();
    expect(book.charts).toHaveLength(0);
  });

  test("labels follow the report language", () => {
    useExcel(createFakeWorkbook([]));
    renderActions({
      report: reportInput(fixturePeople(), { language: "id" }),
      language: "id",
      inExcel: true,
    });
    expect(screen.getByRole("button", { name: "Sisipkan sheet 9-box" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Siapkan untuk dibagikan" })).toBeTruthy();
  });

  test("sharing asks with the count first", async () => {
    const staff = staffSheet();
    const book = createFakeWorkbook([staff]);
    useExcel(book);
    renderActions({
      report: reportInput(fixturePeople(), { language: "en" }),
      language: "en",
      inExcel: true,
    });

    fireEvent.click(screen.getByRole("button", { name: "Prepare for sharing" }));
    expect(
      await screen.findByText(/2 formulas will be replaced by values; 2 cells change/)
    ).toBeTruthy();
    expect(staff.cell(1, 4).formula).toBe("=ASN.TALENTBOX(C2,D2)");

    fireEvent.click(screen.getByRole("button", { name: "Replace 2 cells" }));

    expect(await screen.findByText("Replaced 2 cells by values on: Data Pegawai.")).toBeTruthy();
    expect(staff.cell(1, 4).formula).toBe(9);
    expect(staff.cell(1, 5).formula).toBe("=SUM(C2:D2)");
  });

  test("sharing cancel changes nothing", async () => {
    const staff = staffSheet();
    const book = createFakeWorkbook([staff]);
    useExcel(book);
    renderActions({ report: null, language: "id", inExcel: true });

    fireEvent.click(screen.getByRole("button", { name: "Siapkan untuk dibagikan" }));
    await screen.findByText(/2 rumus akan diganti/);
    fireEvent.click(screen.getByRole("button", { name: "Batal" }));

    await waitFor(() => expect(screen.queryByText(/2 rumus akan diganti/)).toBeNull());
    expect(book.log).toHaveLength(0);
  });

  test("preview downloads the .xlsx", async () => {
    const created: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:report";
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download);
    });
    renderActions({
      report: reportInput(fixturePeople(), { language: "en" }),
      language: "en",
      inExcel: false,
    });

    expect(screen.queryByRole("button", { name: "Insert 9-box sheet" })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Download 9-box .xlsx" }));
    });

    expect(await screen.findByText("Downloaded 9-box-Data Pegawai-2026-12-04.xlsx.")).toBeTruthy();
    expect(clicked).toEqual(["9-box-Data Pegawai-2026-12-04.xlsx"]);
    expect(created[0].size).toBeGreaterThan(1000);
    click.mockRestore();
  });

  test("download message follows the language", async () => {
    URL.createObjectURL = () => "blob:report";
    URL.revokeObjectURL = () => undefined;
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, "click")
      .mockImplementation(() => undefined);
    const report = reportInput(fixturePeople(), { language: "en" });
    const view = renderActions({ report, language: "en", inExcel: false });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Download 9-box .xlsx" }));
    });
    await screen.findByText("Downloaded 9-box-Data Pegawai-2026-12-04.xlsx.");

    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <ReportActions report={{ ...report, language: "id" }} language="id" inExcel={false} />
      </FluentProvider>
    );

    expect(screen.getByText("9-box-Data Pegawai-2026-12-04.xlsx telah diunduh.")).toBeTruthy();
    expect(screen.queryByText(/Downloaded/)).toBeNull();
    click.mockRestore();
  });

  test("no report follows the pane language", () => {
    renderActions({ report: null, language: "en", inExcel: false });

    const button = screen.getByRole("button", {
      name: "Download 9-box .xlsx",
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.queryByText(/Halaman 9-box/)).toBeNull();
  });

  test("no report disables the page buttons", () => {
    renderActions({ report: null, language: "id", inExcel: false });
    const button = screen.getByRole("button", { name: "Unduh 9-box .xlsx" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByText(/tersedia setelah matriks/)).toBeTruthy();
  });
});
