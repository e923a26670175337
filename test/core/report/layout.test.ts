import { boxMeaning, convertBox, positionOf } from "../../../src/core";
import {
  MAX_NAMES_IN_BOX,
  REPORT_TEXT,
  ReportLayout,
  ReportValue,
  buildReportLayout,
  fitToWidthScale,
  printableSize,
  rangeAddress,
  rowsHeight,
} from "../../../src/core/report";
import { detectHeaders, parseSheet } from "../../../src/core/sheet";
import {
  BOX_SURNAMES,
  FIXTURE_LEFT_OUT,
  TRICKY_NAMES,
  fixturePeople,
  cellsOf,
  person,
  reportInput,
  textAt,
} from "./fixture";

/** Rows of a titled table: the rows after the header row that follows the title. */
function tableAfter(layout: ReportLayout, title: string): ReportValue[][] {
  const cells = cellsOf(layout);
  const titleRow = [...cells.entries()].find(([, value]) => value === title)?.[0];
  expect(titleRow).toBeDefined();
  const rows: ReportValue[][] = [];
  for (let row = Number(titleRow!.split(",")[0]) + 2; cells.has(`${row},0`); row++) {
    rows.push([0, 1, 2, 3, 4].map((column) => cells.get(`${row},${column}`) as ReportValue));
  }
  return rows;
}

describe("report layout", () => {
  const input = reportInput(fixturePeople(), { leftOut: FIXTURE_LEFT_OUT });
  const layout = buildReportLayout(input);

  test("title block names sheet, date and cut-offs", () => {
    expect(textAt(layout, 0, 0)).toBe("Peta Talenta ASN: Matriks 9 Kotak");
    expect(textAt(layout, 1, 0)).toBe("Sumber: lembar kerja Data Pegawai");
    expect(textAt(layout, 2, 0)).toBe("Tanggal: 4 Desember 2026");
    expect(textAt(layout, 3, 0)).toContain("menengah >= 60, tinggi >= 80 (skala 0 sampai 100)");
    expect(textAt(layout, 5, 0)).toContain("PermenPANRB 3/2020");
  });

  test("grid places boxes in the government layout", () => {
    // Top row: above expectations, potential low to high, is 4, 7, 9; bottom row is 1, 3, 6.
    const top = layout.boxCells[4].row;
    expect(layout.boxCells[7].row).toBe(top);
    expect(layout.boxCells[9].row).toBe(top);
    expect(layout.boxCells[1].row).toBe(top + 6);
    expect([4, 7, 9].map((box) => layout.boxCells[box].column)).toEqual([1, 2, 3]);
    expect([2, 5, 8].map((box) => layout.boxCells[box].row)).toEqual([top + 3, top + 3, top + 3]);
  });

  test("each box cell holds its own people", () => {
    for (let box = 1; box <= 9; box++) {
      const { row, column } = layout.boxCells[box];
      const names = textAt(layout, row, column).split("\n");
      for (const name of input.grid.boxes[box].map((item) => item.name)) {
        expect(names).toContain(name);
      }
      for (const name of names) {
        const surname = Object.values(BOX_SURNAMES).find((value) => name.startsWith(value));
        if (surname) {
          expect(surname).toBe(BOX_SURNAMES[box]);
        }
      }
    }
  });

  test("box header states number, meaning, count and share", () => {
    const { row, column } = layout.boxCells[9];
    const meaning = boxMeaning(positionOf(9), "id");
    expect(textAt(layout, row - 2, column)).toBe(`Kotak 9: ${meaning}`);
    expect(textAt(layout, row - 1, column)).toBe("4 orang (15,4%)");
  });

  test("corporate numbering relabels without moving people", () => {
    const corporate = buildReportLayout(
      reportInput(fixturePeople(), { numbering: "corporate", language: "en" })
    );
    for (let box = 1; box <= 9; box++) {
      const { row, column } = corporate.boxCells[box];
      expect(corporate.boxCells[box]).toEqual(layout.boxCells[box]);
      const corporateBox = convertBox(box, "permenpanrb", "corporate");
      const meaning = boxMeaning(positionOf(box), "en");
      expect(textAt(corporate, row - 2, column)).toBe(`Box ${corporateBox}: ${meaning}`);
      expect(textAt(corporate, row, column)).toBe(textAt(layout, row, column));
    }
    // Government box 7 (above, medium) is corporate box 6.
    expect(textAt(corporate, layout.boxCells[7].row - 2, 2)).toMatch(/^Box 6: Performance above/);
  });

  test("talent pool list runs 9, 8, 7", () => {
    const rows = tableAfter(layout, "Kelompok rencana suksesi");
    const box = (number: number) => `${number} (${boxMeaning(positionOf(number), "id")})`;
    expect(rows.map((row) => row[0])).toEqual([
      ...Array(4).fill(box(9)),
      ...Array(2).fill(box(8)),
      ...Array(3).fill(box(7)),
    ]);
    expect(rows[0][0]).toBe("9 (Kinerja di atas ekspektasi, potensial tinggi)");
    const first = input.grid.boxes[9][0];
    expect(rows[0].slice(1)).toEqual([first.name, first.nip, first.position, first.agency]);
  });

  test("corporate list states each box meaning", () => {
    const corporate = buildReportLayout(
      reportInput(fixturePeople(), { numbering: "corporate", language: "en" })
    );
    const rows = tableAfter(corporate, "Talent pool (succession pool)");
    // Government box 7 (above expectations, medium potential) is corporate box 6.
    expect([...new Set(rows.map((row) => row[0]))]).toEqual([
      "9 (Performance above expectations, potential high)",
      "8 (Performance meets expectations, potential high)",
      "6 (Performance above expectations, potential medium)",
    ]);
  });

  test("legend states pool boxes and meanings", () => {
    const legendRow = layout.boxCells[1].row + 2;
    expect(textAt(layout, legendRow, 1)).toBe(
      "Kotak hijau adalah kelompok rencana suksesi: " +
        "kotak 9 (Kinerja di atas ekspektasi, potensial tinggi); " +
        "kotak 8 (Kinerja sesuai ekspektasi, potensial tinggi); " +
        "kotak 7 (Kinerja di atas ekspektasi, potensial menengah)."
    );
  });

  test("rows left out list reasons", () => {
    expect(textAt(layout, layout.boxCells[1].row + 1, 0)).toBe(
      "Jumlah ditempatkan: 26 orang; 2 baris tidak ditempatkan"
    );
    const rows = tableAfter(layout, "Baris yang tidak ditempatkan");
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      [40, "Joko Susilo", "Performance is blank."],
      [41, "Kartika Sari", "Potential 140 is outside the scale."],
    ]);
  });

  test("names and NIP are text kinds", () => {
    const boxes = [9, 5, 1];
    TRICKY_NAMES.forEach((name, index) => {
      const { row, column } = layout.boxCells[boxes[index]];
      expect(textAt(layout, row, column).split("\n")).toContain(name);
    });
    const rows = tableAfter(layout, "Kelompok rencana suksesi");
    for (const row of rows) {
      expect(typeof row[1]).toBe("string");
      expect(typeof row[2]).toBe("string");
    }
    expect(rows[0][1]).toBe(TRICKY_NAMES[0]);
  });

  test("merges, fills and outlines mark the grid", () => {
    const merges = layout.merges.map(rangeAddress);
    expect(merges).toContain("A1:D1");
    const top = layout.boxCells[4].row;
    expect(merges).toContain(
      rangeAddress({ row: top - 2, column: 0, rowCount: 3, columnCount: 1 })
    );

    const fillOf = (box: number) => {
      const { row, column } = layout.boxCells[box];
      return layout.styles
        .filter(({ range }) => range.row === row && range.column === column && range.rowCount === 1)
        .map(({ style }) => style.fill)
        .find((fill) => fill !== undefined);
    };
    for (const box of [7, 8, 9]) {
      expect(fillOf(box)).toBe("E2EFDA");
    }
    for (const box of [1, 2, 3, 4, 5, 6]) {
      expect(fillOf(box)).toBeUndefined();
    }
    const outlined = layout.styles.filter(({ style }) => style.outline && style.fill === undefined);
    expect(outlined.filter(({ range }) => range.rowCount === 3).length).toBe(9);
  });

  test("print area covers grid and lists", () => {
    expect(layout.page.orientation).toBe("landscape");
    expect(layout.page.paperSize).toBe("A4");
    expect(layout.page.fitToWidth).toBe(1);
    expect(layout.page.fitToHeight).toBe(0);
    const area = layout.page.printArea;
    const lastRow = Math.max(
      ...[...cellsOf(layout).keys()].map((key) => Number(key.split(",")[0]))
    );
    // Two people left out: their table (title, header, two rows) ends on the last written row.
    expect(textAt(layout, lastRow, 1)).toBe("Kartika Sari");
    expect(rangeAddress(area)).toBe(`A1:E${lastRow + 1}`);
    expect(layout.columnWidths.length).toBe(5);
  });

  test("page break follows the legend", () => {
    const legendRow = layout.boxCells[1].row + 2;
    expect(textAt(layout, legendRow, 1)).toMatch(/^Kotak hijau/);
    expect(layout.page.pageBreakRows).toEqual([legendRow + 1]);
    const poolTitle = [...cellsOf(layout).entries()].find(
      ([, value]) => value === "Kelompok rencana suksesi"
    )?.[0];
    expect(Number(poolTitle?.split(",")[0])).toBeGreaterThan(legendRow);
  });

  test("name rows grow with names", () => {
    const heights = new Map(layout.rowHeights.map(({ row, height }) => [row, height]));
    const top = layout.boxCells[9].row;
    expect(heights.get(top)).toBe(4 * 12 + 6);
    expect(heights.get(layout.boxCells[1].row)).toBe(4 * 12 + 6);
  });
});

describe("report layout with full boxes", () => {
  const people = [
    ...Array.from({ length: 40 }, (_, index) =>
      person(5, `Effendi ${String(index).padStart(2, "0")}`, 10 + index)
    ),
    ...Array.from({ length: 20 }, (_, index) =>
      person(8, `Hidayat ${String(index).padStart(2, "0")}`, 60 + index)
    ),
  ];
  const layout = buildReportLayout(reportInput(people, { language: "en" }));

  test("box cell caps names and points below", () => {
    const { row, column } = layout.boxCells[5];
    const lines = textAt(layout, row, column).split("\n");
    expect(lines.length).toBe(MAX_NAMES_IN_BOX);
    expect(lines[MAX_NAMES_IN_BOX - 1]).toBe(
      `+${40 - (MAX_NAMES_IN_BOX - 1)} more: see the full list below`
    );
    const pool = textAt(layout, layout.boxCells[8].row, layout.boxCells[8].column).split("\n");
    expect(pool[pool.length - 1]).toBe(
      `+${20 - (MAX_NAMES_IN_BOX - 1)} more: see the talent pool list below`
    );
  });

  test("full list holds every person of a full box", () => {
    const rows = tableAfter(layout, "Full list of the boxes too full for the grid");
    expect(rows.length).toBe(40);
    expect(
      rows.every((row) => row[0] === "5 (Performance meets expectations, potential medium)")
    ).toBe(true);
  });

  test("empty box says nobody", () => {
    const { row, column } = layout.boxCells[1];
    expect(textAt(layout, row, column)).toBe("Nobody in this box.");
    expect(textAt(layout, row - 1, column)).toBe("0 people (0%)");
  });

  test("one person is singular", () => {
    const single = buildReportLayout(
      reportInput([person(9, "Irawan", 2)], { language: "en", leftOut: [FIXTURE_LEFT_OUT[0]] })
    );
    const { row, column } = single.boxCells[9];
    expect(textAt(single, row - 1, column)).toBe("1 person (100%)");
    expect(textAt(single, single.boxCells[1].row + 1, 0)).toBe("Placed: 1 person; 1 row left out");
    const two = buildReportLayout(
      reportInput([person(9, "A", 2), person(9, "B", 3)], { language: "en" })
    );
    expect(textAt(two, row - 1, column)).toBe("2 people (100%)");
  });

  test("long names stay under the cell limit", () => {
    const long = Array.from({ length: 12 }, (_, index) =>
      person(2, `${index} ${"x".repeat(4000)}`, index + 1)
    );
    const big = buildReportLayout(reportInput(long));
    const { row, column } = big.boxCells[2];
    const text = textAt(big, row, column);
    expect(text.length).toBeLessThanOrEqual(32767);
    expect(text).toMatch(/\+\d+ lainnya: lihat daftar lengkap di bawah$/);
  });
});

describe("report chart", () => {
  test("scores give a scatter with cut-off lines", () => {
    const layout = buildReportLayout(reportInput(fixturePeople()));
    expect(layout.chart?.kind).toBe("scatter");
    if (layout.chart?.kind !== "scatter") return;
    expect(layout.chart.points.values.length).toBe(fixturePeople().length + 1);
    expect(layout.chart.cutoffLines.map((line) => line.values[1])).toEqual([
      [60, 0],
      [80, 0],
      [0, 60],
      [0, 80],
    ]);
  });

  test("levels without scores give a column chart", () => {
    const people = [person(9, "A", 2, false), person(1, "B", 3, false), person(9, "C", 4, false)];
    const layout = buildReportLayout(reportInput(people, { numbering: "corporate" }));
    expect(layout.chart?.kind).toBe("column");
    if (layout.chart?.kind !== "column") return;
    // Corporate box 1 is government box 1 (below, low); corporate 9 is government 9.
    expect(layout.chart.counts.values[1]).toEqual([
      "Kotak 1 (Kinerja di bawah ekspektasi, potensial rendah)",
      1,
    ]);
    expect(layout.chart.counts.values[9]).toEqual([
      "Kotak 9 (Kinerja di atas ekspektasi, potensial tinggi)",
      2,
    ]);
    // Corporate box 3 is government box 4: above expectations, low potential.
    expect(layout.chart.counts.values[3][0]).toBe(
      "Kotak 3 (Kinerja di atas ekspektasi, potensial rendah)"
    );
  });

  test("nobody placed gives no chart", () => {
    expect(buildReportLayout(reportInput([])).chart).toBeNull();
  });
});

describe("report printing", () => {
  const fullGrid = () => {
    const people = [];
    let row = 2;
    for (let box = 1; box <= 9; box++) {
      for (let index = 0; index < 30; index++) {
        people.push(person(box, `${BOX_SURNAMES[box]} ${index}`, row++));
      }
    }
    return people;
  };

  test.each(["id", "en"] as const)("full grid fits first page (%s)", (language) => {
    const layout = buildReportLayout(reportInput(fullGrid(), { language }));
    const [firstBreak] = layout.page.pageBreakRows;
    const scale = fitToWidthScale(layout);
    const printedHeight = rowsHeight(layout, 0, firstBreak) * scale;

    expect(scale).toBeLessThan(1);
    expect(printedHeight).toBeLessThanOrEqual(printableSize().height);
    // Every row of the grid block has a set height, so the sum above is not a guess.
    const set = new Set(
      layout.rowHeights.flatMap(({ row, rowCount }) =>
        Array.from({ length: rowCount }, (_, offset) => row + offset)
      )
    );
    for (let row = 0; row < firstBreak; row++) {
      expect({ row, set: set.has(row) }).toEqual({ row, set: true });
    }
  });

  test("list rows have two-line height", () => {
    const layout = buildReportLayout(reportInput(fullGrid()));
    const rows = tableAfter(layout, "Kelompok rencana suksesi");
    expect(rows.length).toBe(90);
    const firstListRow = layout.page.pageBreakRows[0] + 3;
    expect(rowsHeight(layout, firstListRow, firstListRow + 90)).toBe(90 * 26);
  });
});

describe("Indonesian report wording", () => {
  const englishWord =
    /\b(sheet|grid|talent|pool|box|people|person|rows?|source|list|more|full|see|below)\b/i;

  /** Collects every string of the Indonesian wording, with the count phrases filled in. */
  function indonesianLabels(): string[] {
    const text = REPORT_TEXT.id;
    const labels: string[] = [text.countPeople(1), text.countPeople(2), text.countLeftOut(2)];
    const collect = (value: unknown) => {
      if (typeof value === "string") {
        labels.push(value);
      } else if (value && typeof value === "object") {
        Object.values(value).forEach(collect);
      }
    };
    collect(text);
    return labels;
  }

  test("labels have no English words", () => {
    for (const label of indonesianLabels()) {
      expect({ label, english: englishWord.exec(label)?.[0] }).toEqual({
        label,
        english: undefined,
      });
    }
  });

  test.each(["permenpanrb", "corporate"] as const)(
    "sheet cells have no English words (%s)",
    (numbering) => {
      const layout = buildReportLayout(reportInput(fixturePeople(), { numbering }));
      for (const value of cellsOf(layout).values()) {
        const cell = String(value);
        expect({ cell, english: englishWord.exec(cell)?.[0] }).toEqual({
          cell,
          english: undefined,
        });
      }
    }
  );
});

describe("report reasons for rows left out", () => {
  /** Reads a sheet with a blank score and an average row the way the pane does. */
  function parsedInput(language: "id" | "en") {
    const values = [
      ["Nama", "NIP", "Kinerja", "Potensial"],
      ["Joko Susilo", "198001012005011001", "", 90],
      ["Rata-rata", "", 75, 72],
    ];
    const sheet = { sheetId: "s1", sheetName: "Data", firstRow: 0, firstColumn: 0, values };
    const parsed = parseSheet(sheet, detectHeaders(values).mapping);
    return reportInput([...parsed.people], { language, leftOut: [...parsed.leftOut] });
  }

  test("Indonesian report words reasons in Indonesian", () => {
    const layout = buildReportLayout(parsedInput("id"));
    const rows = tableAfter(layout, REPORT_TEXT.id.leftOutTitle);

    expect(rows.map((row) => row[0])).toEqual([2, 3]);
    expect(String(rows[0][2])).toContain("Kinerja kosong");
    expect(String(rows[0][2])).not.toContain("Performance");
    expect(String(rows[1][2])).toContain("baris jumlah atau rata-rata");
  });

  test("English report keeps core's message", () => {
    const input = parsedInput("en");
    const layout = buildReportLayout(input);
    const rows = tableAfter(layout, REPORT_TEXT.en.leftOutTitle);

    expect(rows.map((row) => row[2])).toEqual(input.grid.leftOut.map((left) => left.reason));
    expect(String(rows[0][2])).toContain("Performance is blank");
  });
});
