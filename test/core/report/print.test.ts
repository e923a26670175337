import {
  MAX_NAMES_IN_BOX,
  REPORT_TEXT,
  ReportLayout,
  buildReportLayout,
  fitToWidthScale,
  printableSize,
  rowsHeight,
  shortenToLines,
  wrappedLineCount,
} from "../../../src/core/report";
import {
  BOX_SURNAMES,
  cellsOf,
  crowdedBox,
  longName,
  person,
  reportInput,
  textAt,
} from "./fixture";

function heightOf(layout: ReportLayout, row: number): number {
  return rowsHeight(layout, row, row + 1);
}

describe("report filter line", () => {
  const people = [person(9, "Irawan", 2), person(5, "Effendi", 3)];

  test("filter stated under title", () => {
    const layout = buildReportLayout({ ...reportInput(people), filters: { agency: "Dinas A" } });
    expect(textAt(layout, 1, 0)).toBe("Saringan: Unit kerja = Dinas A");
    expect(textAt(layout, 2, 0)).toBe(REPORT_TEXT.id.filterNote);
    expect(textAt(layout, 3, 0)).toBe("Sumber: lembar kerja Data Pegawai");
  });

  test("several filters in English", () => {
    const input = {
      ...reportInput(people, { language: "en" }),
      filters: { agency: "Dinas A", grade: "III/c" },
    };
    const layout = buildReportLayout(input);
    expect(textAt(layout, 1, 0)).toBe("Filter: Agency = Dinas A; Grade = III/c");
    expect(textAt(layout, 2, 0)).toBe(
      "Counts, shares and lists on this sheet cover only the rows that pass the filter."
    );
  });

  test("no filter line without filter", () => {
    for (const filters of [undefined, {}, { agency: "" }]) {
      const layout = buildReportLayout({ ...reportInput(people), filters });
      const texts = [...cellsOf(layout).values()].map(String);
      expect(texts.some((value) => value.startsWith("Saringan"))).toBe(false);
      expect(textAt(layout, 1, 0)).toBe("Sumber: lembar kerja Data Pegawai");
    }
  });

  test("filter moves grid down", () => {
    const plain = buildReportLayout(reportInput(people));
    const filtered = buildReportLayout({ ...reportInput(people), filters: { agency: "Dinas A" } });
    expect(filtered.boxCells[9].row).toBe(plain.boxCells[9].row + 2);
    expect(filtered.page.pageBreakRows[0]).toBe(plain.page.pageBreakRows[0] + 2);
  });

  test.each(["id", "en"] as const)("filtered full grid fits first page (%s)", (language) => {
    const crowd = [];
    let row = 2;
    for (let box = 1; box <= 9; box++) {
      for (let index = 0; index < 30; index++) {
        const name =
          index % 4 === 0 ? longName(row) : `${BOX_SURNAMES[box]} ${index} binti Abdurrahman`;
        crowd.push(person(box, name, row++));
      }
    }
    const input = {
      ...reportInput(crowd, { language }),
      filters: { agency: "Dinas Pendidikan dan Kebudayaan", position: "Analis SDM Aparatur" },
    };
    const layout = buildReportLayout(input);
    const [firstBreak] = layout.page.pageBreakRows;
    const printed = rowsHeight(layout, 0, firstBreak) * fitToWidthScale(layout);
    expect(printed).toBeLessThanOrEqual(printableSize().height);
  });
});

describe("wrapped line estimate", () => {
  test("short name takes one line", () => {
    expect(wrappedLineCount("Effendi 12", 42, 9)).toBe(1);
  });

  test("long name takes many lines", () => {
    expect(wrappedLineCount(longName(1), 42, 9)).toBeGreaterThanOrEqual(9);
  });

  test("line breaks count as lines", () => {
    expect(wrappedLineCount("A\nB\nC", 42, 9)).toBe(3);
  });

  test("word without spaces breaks inside", () => {
    expect(wrappedLineCount("W".repeat(200), 42, 9)).toBeGreaterThanOrEqual(8);
  });

  test("shortened name fits and ends in ellipsis", () => {
    const short = shortenToLines(longName(1), 2, 42, 9);
    expect(short.endsWith("…")).toBe(true);
    expect(wrappedLineCount(short, 42, 9)).toBeLessThanOrEqual(2);
    expect(longName(1).startsWith(short.slice(0, -1))).toBe(true);
    expect(shortenToLines("Effendi 12", 2, 42, 9)).toBe("Effendi 12");
  });
});

describe("box cell with long names", () => {
  const people = crowdedBox();
  const input = reportInput(people, { language: "en" });
  const layout = buildReportLayout(input);
  const { row, column } = layout.boxCells[5];
  const lines = textAt(layout, row, column).split("\n");

  test("more line stays within cell", () => {
    const listedCount = lines.length - 1;
    expect(lines[listedCount]).toBe(`+${50 - listedCount} more: see the full list below`);
    const wrapped = lines.reduce((sum, line) => sum + wrappedLineCount(line, 42, 9), 0);
    expect(wrapped).toBeLessThanOrEqual(MAX_NAMES_IN_BOX);
    // 12 points a line plus 6 of padding: the row is tall enough for every wrapped line.
    expect(heightOf(layout, row)).toBeGreaterThanOrEqual(wrapped * 12 + 6);
  });

  test("long names shortened to two lines", () => {
    const long = lines.filter((line) => line.includes("Kusumaningrum"));
    expect(long.length).toBeGreaterThan(1);
    for (const line of long) {
      expect(line.endsWith("…")).toBe(true);
      expect(wrappedLineCount(line, 42, 9)).toBeLessThanOrEqual(2);
    }
  });

  test("shortened names listed in full", () => {
    const written = new Set([...cellsOf(layout).values()].map(String));
    for (const item of people) {
      expect({ name: item.name, listed: written.has(item.name) }).toEqual({
        name: item.name,
        listed: true,
      });
    }
  });

  test("shortened name in roomy box listed", () => {
    const few = [person(2, longName(7), 3), person(2, "Effendi 08", 4)];
    const small = buildReportLayout(reportInput(few, { language: "en" }));
    const cell = textAt(small, small.boxCells[2].row, small.boxCells[2].column).split("\n");
    expect(cell).toHaveLength(2);
    expect(cell[0].endsWith("…")).toBe(true);
    const written = [...cellsOf(small).values()].map(String);
    expect(written).toContain(longName(7));
    expect(written).toContain("Full list of the boxes too full for the grid");
  });
});
