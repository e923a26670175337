/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node export conditions: exceljs (used by the report's .xlsx writer) needs uuid's CommonJS build,
// and jsdom's default "browser" condition would pick uuid's ES-module build, which jest cannot load.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { createExcelSheetSource } from "../../src/taskpane/excel/excelSheetSource";
import { choicesKey } from "../../src/taskpane/excel/workbookSettings";
import { CHANGE_DEBOUNCE_MS } from "../../src/taskpane/hooks/useSheetRead";
import { NAMES_SHOWN } from "../../src/taskpane/components/matrix/useNameLimit";
import { installExcelHost } from "./excelMock";
import { fillJsdomGaps } from "./jsdomGaps";

fillJsdomGaps();

const TITLE_ROWS = [["Pemerintah Kota Uji"], ["Rekap Talenta"], []];
const HEADER = ["No", "Nama", "NIP", "Unit Kerja", "Jabatan", "Nilai Kinerja", "Nilai Potensial"];

/** Builds the sheet used by most tests: header on sheet row 4, people on rows 5 to 9. */
function sheetValues(): unknown[][] {
  return [
    ...TITLE_ROWS,
    HEADER,
    [1, "Budi", "198001012005011001", "Dinas A", "Staf", 85, 90], // box 9, row 5
    [2, "Ani", "198001012005011002", "Dinas B", "Analis", 85, 95], // box 9, row 6
    [3, "<b>Cici</b>", "198001012005011003", "Dinas A", "Staf", 70, 70], // box 5, row 7
    [4, "Dedi", "198001012005011001", "Dinas B", "Staf", "", 70], // left out, row 8
    [5, "Eka", 198001012005011000, "Dinas A", "Staf", 40, 40], // box 1, row 9
  ];
}

function renderPane() {
  const source = createExcelSheetSource();
  return render(
    <FluentProvider theme={webLightTheme}>
      <App source={source} />
    </FluentProvider>
  );
}

function box(number: number): HTMLElement {
  const element = document.querySelector(`[data-box="${number}"]`);
  if (!element) {
    throw new Error(`Box ${number} is not on the page.`);
  }
  return element as HTMLElement;
}

function counts(): number[] {
  return [1, 2, 3, 4, 5, 6, 7, 8, 9].map((number) => Number(box(number).dataset.count));
}

async function paneReady() {
  await waitFor(() => expect(document.querySelectorAll("[data-box]")).toHaveLength(9));
}

describe("task pane in Excel", () => {
  test("boxes show counts and labels", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    expect(counts()).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(box(9).getAttribute("aria-label")).toBe("Box 9: 2 people");
    expect(box(2).getAttribute("aria-label")).toBe("Box 2: 0 people");
    expect(within(box(9)).getByText("Performance above expectations, potential high")).toBeTruthy();
    expect(within(box(9)).getByText("Talent pool")).toBeTruthy();
    expect(within(box(5)).queryByText("Talent pool")).toBeNull();
  });

  test("opening takes three syncs", async () => {
    const host = installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    // One registers the change events; the read takes one for the range size and one chunk.
    expect(host.syncCount).toBe(3);
  });

  test("names are sorted plain text", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    const names = within(box(9))
      .getAllByRole("button")
      .map((button) => button.textContent);
    expect(names).toEqual(["Ani", "Budi"]);
    expect(within(box(5)).getByText("<b>Cici</b>")).toBeTruthy();
    expect(box(5).querySelector("b")).toBeNull();
  });

  test("left-out rows show reason", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    const item = document.querySelector('[data-left-out] li[data-row="8"]') as HTMLElement;
    expect(item.textContent).toContain("Row 8: Dedi");
    expect(item.textContent).toContain("Performance is blank");
  });

  test("duplicate and numeric NIPs warn", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    const duplicate = document.querySelector("[data-warning=duplicate-nip]");
    expect(duplicate?.textContent).toContain("NIP 198001012005011001 appears in rows 5, 8.");
    const numeric = document.querySelector("[data-warning=numeric-nip]");
    expect(numeric?.textContent).toContain("(9)");
    expect(numeric?.textContent).toContain("digits were lost");
    expect(numeric?.textContent).toContain("Duplicate NIPs cannot be checked");
  });

  test("numeric NIPs are not duplicates", async () => {
    installExcelHost({
      values: [
        HEADER,
        [1, "Ani", 199001012020011001, "Dinas A", "Staf", 85, 90],
        [2, "Budi", 199001012020011002, "Dinas A", "Staf", 85, 90],
      ],
    });
    renderPane();
    await paneReady();

    expect(document.querySelector("[data-warning=numeric-nip]")).not.toBeNull();
    expect(document.querySelector("[data-warning=duplicate-nip]")).toBeNull();
  });

  test("clicking a name selects its row", async () => {
    const host = installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    fireEvent.click(within(box(5)).getByText("<b>Cici</b>"));

    await waitFor(() => expect(host.selected).toEqual(["7:7"]));
    await screen.findByText('Row 7 of "Data" selected.');
  });

  test("clicking a left-out row selects it", async () => {
    const host = installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    fireEvent.click(screen.getByText("Row 8: Dedi"));

    await waitFor(() => expect(host.selected).toEqual(["8:8"]));
  });

  test("agency filter counts people shown", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    const select = document.querySelector("select[data-filter=agency]") as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "Dinas A" } });

    await waitFor(() => expect(counts()).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]));
    expect(document.querySelector("[data-left-out]")).toBeNull();
    expect(document.querySelector("[data-total]")?.getAttribute("data-total")).toBe("3");
  });

  test("position filter counts people shown", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    const select = document.querySelector("select[data-filter=position]") as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "Analis" } });

    await waitFor(() => expect(counts()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]));
  });

  test("corporate numbering relabels only", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    fireEvent.click(screen.getByLabelText("Corporate"));

    await waitFor(() => expect(box(5).dataset.labelNumber).toBe("5"));
    expect(box(4).dataset.labelNumber).toBe("3");
    expect(box(6).dataset.labelNumber).toBe("7");
    expect(box(4).getAttribute("aria-label")).toBe("Box 3: 0 people");
    expect(counts()).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });

  test("cut-offs apply and are saved", async () => {
    const host = installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    const input = document.querySelector("input[data-cutoffs=performance]") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "50;90" } });
    fireEvent.keyDown(input, { key: "Enter" });

    // 85 and 70 are now medium, 40 is low: Budi and Ani move from 9 to 8, Cici stays in 5.
    await waitFor(() => expect(counts()).toEqual([1, 0, 0, 0, 1, 0, 0, 2, 0]));
    expect(host.saveCount).toBe(1);
    expect(host.settings[choicesKey("{SHEET-1}")]).toMatchObject({
      cutoffs: { performance: "50;90", potential: "" },
    });
  });

  test("invalid cut-offs show the error", async () => {
    const host = installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    const input = document.querySelector("input[data-cutoffs=potential]") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "90;50" } });
    fireEvent.keyDown(input, { key: "Enter" });

    await screen.findByText(/Cut-offs \{"90","50"\} must increase/);
    const inUse = document.querySelector("[data-cutoffs-in-use=potential]");
    expect(inUse?.textContent).toBe(
      "The matrix still uses: medium >= 60, high >= 80 (scale 0 to 100)."
    );
    expect(counts()).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(host.saveCount).toBe(0);
  });

  test("saved choices load for a colleague", async () => {
    const values = [
      ["Nama", "Nilai Kinerja", "Predikat Kinerja", "Potensial"],
      ["Ani", 85, 40, 90],
    ];
    installExcelHost({
      values,
      settings: {
        [choicesKey("{SHEET-1}")]: {
          columns: { performance: 2 },
          cutoffs: { performance: "", potential: "" },
          numbering: "corporate",
        },
      },
    });
    renderPane();
    await paneReady();

    expect(counts()).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(box(6).dataset.labelNumber).toBe("7");
    expect(document.querySelector("[data-warning=competing-columns]")).toBeNull();
  });

  test("competing columns wait for a pick", async () => {
    const host = installExcelHost({
      values: [
        ["Nama", "Nilai SKP", "Kinerja", "Potensial"],
        ["Ani", 85, 40, 90],
      ],
    });
    renderPane();
    await waitFor(() =>
      expect(document.querySelector("[data-warning=competing-columns]")).not.toBeNull()
    );
    expect(document.querySelector("[data-warning=missing-columns]")).toBeNull();
    expect(document.querySelectorAll("[data-box]")).toHaveLength(0);
    expect(
      screen.getByText("The 9-box page is available once the matrix shows people.")
    ).toBeTruthy();

    const picker = document.querySelector("select[data-role=performance]") as HTMLSelectElement;
    expect(picker.value).toBe("-1");
    fireEvent.change(picker, { target: { value: "2" } });

    await paneReady();
    expect(box(6).dataset.count).toBe("1");
    expect(document.querySelector("[data-warning=competing-columns]")).toBeNull();
    expect(host.settings[choicesKey("{SHEET-1}")]).toMatchObject({ columns: { performance: 2 } });
  });

  test("sheet without header keeps row 1", async () => {
    installExcelHost({
      values: [
        ["Andi", "Dinas A", 59.99, 85],
        ["Budi", "Dinas B", 85, 90],
        ["Cici", "Dinas A", "", 90],
      ],
    });
    renderPane();
    await waitFor(() =>
      expect(document.querySelector("[data-warning=missing-columns]")).not.toBeNull()
    );
    const picker = (role: string) =>
      document.querySelector(`select[data-role=${role}]`) as HTMLSelectElement;
    const labels = Array.from(picker("performance").options).map((option) => option.text);
    expect(labels).toEqual(["(none)", "Column A", "Column B", "Column C", "Column D"]);

    fireEvent.change(picker("name"), { target: { value: "0" } });
    fireEvent.change(picker("performance"), { target: { value: "2" } });
    fireEvent.change(picker("potential"), { target: { value: "3" } });

    await waitFor(() => expect(box(6).dataset.count).toBe("1"));
    expect(within(box(6)).getByText("Andi")).toBeTruthy();
    expect(box(9).dataset.count).toBe("1");
    expect(document.querySelector('[data-left-out] li[data-row="3"]')).not.toBeNull();
  });

  test("missing columns are reported", async () => {
    installExcelHost({
      values: [
        ["Nama", "Kinerja"],
        ["Ani", 85],
      ],
    });
    renderPane();
    await waitFor(() =>
      expect(document.querySelector("[data-warning=missing-columns]")).not.toBeNull()
    );

    const warning = document.querySelector("[data-warning=missing-columns]");
    expect(warning?.textContent).toContain("Potential");
    expect(warning?.textContent).toContain("nobody is placed until you do");
    expect(document.querySelectorAll("[data-box]")).toHaveLength(0);
    expect(document.querySelector("[data-left-out]")).toBeNull();
    expect(document.body.textContent).not.toContain("Box is blank");
  });

  test("summary row is left out", async () => {
    installExcelHost({
      values: [
        HEADER,
        [1, "Budi", "198001012005011001", "Dinas A", "Staf", 85, 90],
        [],
        ["", "Rata-rata", "", "", "", 75, 72],
        ["", "", "", "", "", 150, 140],
      ],
      displayLanguage: "id-ID",
    });
    renderPane();
    await paneReady();

    expect(counts()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const summary = document.querySelector('[data-left-out] li[data-row="4"]')?.textContent ?? "";
    expect(summary).toContain("baris jumlah atau rata-rata");
    const anonymous = document.querySelector('[data-left-out] li[data-row="5"]')?.textContent;
    expect(anonymous).toContain("tidak berisi nama maupun NIP");
  });

  test("selection message follows language", async () => {
    installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    fireEvent.click(within(box(9)).getByText("Budi"));
    await screen.findByText('Row 5 of "Data" selected.');
    fireEvent.click(screen.getByLabelText("Indonesia"));

    expect(await screen.findByText('Baris 5 di "Data" dipilih.')).toBeTruthy();
    expect(screen.queryByText('Row 5 of "Data" selected.')).toBeNull();
  });

  test("Indonesian display language", async () => {
    installExcelHost({ values: sheetValues(), displayLanguage: "id-ID" });
    renderPane();
    await paneReady();

    expect(box(9).getAttribute("aria-label")).toBe("Kotak 9: 2 orang");
    expect(within(box(9)).getByText("Kinerja di atas ekspektasi, potensial tinggi")).toBeTruthy();
    const reason = document.querySelector('[data-left-out] li[data-row="8"]')?.textContent ?? "";
    expect(reason).toContain("Kinerja kosong");
    expect(reason).toContain("Isi nilai atau levelnya.");
    expect(reason).not.toContain("Performance is blank");

    fireEvent.click(screen.getByLabelText("English"));

    await waitFor(() => expect(box(9).getAttribute("aria-label")).toBe("Box 9: 2 people"));
  });

  test("sheet change redraws after debounce", async () => {
    const host = installExcelHost({ values: sheetValues() });
    renderPane();
    await paneReady();

    host.setValues([
      ...sheetValues(),
      [6, "Fajar", "198001012005011006", "Dinas A", "Staf", 85, 30],
    ]);
    await act(async () => {
      await host.fireChanged();
      await host.fireChanged();
      await host.fireChanged();
    });

    await waitFor(() => expect(box(4).dataset.count).toBe("1"), {
      timeout: CHANGE_DEBOUNCE_MS * 10,
    });
    // Three change events in a row cause one more read of two syncs.
    expect(host.syncCount).toBe(5);
  });

  test("long lists collapse into more", async () => {
    const many = Array.from({ length: 130 }, (_, index) => [
      index,
      `Pegawai ${index}`,
      "",
      "A",
      "S",
      90,
      90,
    ]);
    installExcelHost({ values: [HEADER, ...many] });
    renderPane();
    await paneReady();

    expect(box(9).dataset.count).toBe("130");
    expect(within(box(9)).getAllByRole("listitem")).toHaveLength(NAMES_SHOWN);
    fireEvent.click(within(box(9)).getByText(`+${130 - NAMES_SHOWN} more`));

    expect(within(box(9)).getAllByRole("listitem")).toHaveLength(112);
    expect(within(box(9)).getByText("+18 more")).toBeTruthy();
  });
});
