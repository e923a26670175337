import { readCutoffs, Cutoffs, isProblem } from "../../../src/core";
import { detectHeaders, parseSheet, SheetValues, withColumnChoices } from "../../../src/core/sheet";

function sheetOf(values: unknown[][], firstRow = 0): SheetValues {
  return { sheetId: "s1", sheetName: "Data", firstRow, firstColumn: 0, values };
}

function parse(values: unknown[][], firstRow = 0) {
  const sheet = sheetOf(values, firstRow);
  return parseSheet(sheet, detectHeaders(values).mapping);
}

const HEADER = ["No", "Nama", "NIP", "Unit Kerja", "Kinerja", "Potensial"];

describe("parseSheet", () => {
  test.each([
    [85, 90, 9],
    [85, 70, 7],
    [85, 30, 4],
    [70, 90, 8],
    [70, 70, 5],
    [70, 40, 2],
    [40, 90, 6],
    [40, 70, 3],
    [40, 40, 1],
    ["di atas ekspektasi", "tinggi", 9],
    ["Sesuai Ekspektasi", "Rendah", 2],
    ["80", "60", 7],
    [3, 1, 4],
  ])("performance %p and potential %p go to box %i", (performance, potential, box) => {
    const parsed = parse([
      HEADER,
      [1, "Ani", "199001012020012001", "Dinas A", performance, potential],
    ]);

    expect(parsed.leftOut).toEqual([]);
    expect(parsed.people).toHaveLength(1);
    expect(parsed.people[0].box).toBe(box);
  });

  test.each([
    ["", 90, "blank"],
    [0, 90, "blank"],
    ["bagus", 90, "unknown"],
    [150, 90, "range"],
    ["#N/A", 90, "error"],
    [85, "#DIV/0!", "error"],
    [5, 90, "ambiguous"],
    ["Baik", 90, "ambiguous"],
  ])("performance %p and potential %p are left out as %s", (performance, potential, kind) => {
    const parsed = parse([
      HEADER,
      [1, "Ani", "199001012020012001", "Dinas A", performance, potential],
    ]);

    expect(parsed.people).toEqual([]);
    expect(parsed.leftOut).toHaveLength(1);
    expect(parsed.leftOut[0].kind).toBe(kind);
    expect(parsed.leftOut[0].name).toBe("Ani");
    expect(parsed.leftOut[0].agency).toBe("Dinas A");
  });

  test("left-out reason is the core message", () => {
    const parsed = parse([HEADER, [1, "Ani", "1", "Dinas A", 150, "x"]]);

    expect(parsed.leftOut[0].reason).toContain("Performance 150 is outside the scale");
    expect(parsed.leftOut[0].reason).toContain('Potential "x" is not a known level');
  });

  test("row numbers count from the sheet top", () => {
    const values = [
      ["Judul", ""],
      [],
      HEADER,
      [1, "Ani", "1", "A", 85, 90],
      [],
      [2, "Budi", "2", "A", "", 90],
    ];

    const parsed = parse(values, 3);

    expect(parsed.people[0].rowNumber).toBe(7);
    expect(parsed.leftOut[0].rowNumber).toBe(9);
  });

  test("blank separator rows are skipped", () => {
    const values = [
      HEADER,
      [1, "Ani", "1", "A", 85, 90],
      ["", "", "", "", "", ""],
      [null, null],
      [2, "Budi", "2", "A", 40, 40],
    ];

    const parsed = parse(values);

    expect(parsed.people.map((person) => person.name)).toEqual(["Ani", "Budi"]);
    expect(parsed.leftOut).toEqual([]);
  });

  test("row with only a row number is skipped", () => {
    const parsed = parse([HEADER, [1, "", "", "", "", ""]]);

    expect(parsed.people).toEqual([]);
    expect(parsed.leftOut).toEqual([]);
  });

  test("repeated header rows are skipped", () => {
    const parsed = parse([
      HEADER,
      [1, "Ani", "1", "A", 85, 90],
      HEADER,
      [2, "Budi", "2", "A", 40, 40],
    ]);

    expect(parsed.people).toHaveLength(2);
    expect(parsed.leftOut).toEqual([]);
  });

  test("duplicate NIPs are listed with their rows", () => {
    const parsed = parse([
      HEADER,
      [1, "Ani", "199001012020012001", "A", 85, 90],
      [2, "Budi", "199001012020012002", "A", 40, 40],
      [3, "Cici", "199001012020012001", "A", "", 40],
    ]);

    expect(parsed.duplicateNips).toEqual([{ nip: "199001012020012001", rowNumbers: [2, 4] }]);
  });

  test("numeric NIPs skip the duplicate check", () => {
    // Three distinct 18-digit NIPs that become the same number once stored as numbers.
    const parsed = parse([
      HEADER,
      [1, "Ani", 199001012020011001, "A", 85, 90],
      [2, "Budi", 199001012020011002, "A", 40, 40],
      [3, "Cici", 199001012020011003, "A", 70, 70],
      [4, "Dedi", "199001012020012001", "A", 70, 70],
      [5, "Eka", "199001012020012001", "A", 70, 70],
    ]);

    expect(parsed.numericNipRows).toEqual([2, 3, 4]);
    expect(parsed.duplicateNips).toEqual([{ nip: "199001012020012001", rowNumbers: [5, 6] }]);
  });

  test("sheet without header keeps row 1", () => {
    const values = [
      ["Andi", "Dinas A", 59.99, 85],
      ["Budi", "Dinas B", 85, 90],
      ["Cici", "Dinas A", "", 90],
    ];
    const detection = withColumnChoices(detectHeaders(values), {
      name: 0,
      performance: 2,
      potential: 3,
    });

    const parsed = parseSheet(sheetOf(values), detection.mapping);

    expect(parsed.people.map((person) => [person.rowNumber, person.name, person.box])).toEqual([
      [1, "Andi", 6],
      [2, "Budi", 9],
    ]);
    expect(parsed.leftOut.map((row) => row.rowNumber)).toEqual([3]);
  });

  test("left-out cells keep axis and value", () => {
    const parsed = parse([HEADER, [1, "Ani", "1", "A", 150, "x"]]);

    expect(parsed.leftOut[0].cells).toEqual([
      { kind: "range", axis: "performance", value: "150" },
      { kind: "unknown", axis: "potential", value: "x" },
    ]);
  });

  test("NIP stored as a number is flagged", () => {
    const parsed = parse([
      HEADER,
      [1, "Ani", 199001012020012000, "A", 85, 90],
      [2, "Budi", "199001012020012002", "A", 40, 40],
    ]);

    expect(parsed.numericNipRows).toEqual([2]);
    expect(parsed.people[0].nip).toBe("199001012020012000");
  });

  test("numeric scores are kept", () => {
    const parsed = parse([
      HEADER,
      [1, "Ani", "1", "A", 85.5, "78,5"],
      [2, "Budi", "2", "A", "tinggi", "rendah"],
    ]);

    expect(parsed.people[0].performanceScore).toBe(85.5);
    expect(parsed.people[0].potentialScore).toBe(78.5);
    expect(parsed.people[1].performanceScore).toBeUndefined();
  });

  test("names are kept as text", () => {
    const parsed = parse([
      HEADER,
      [1, "<img src=x onerror=alert(1)>", "1", "A", 85, 90],
      [2, "=1+1", "2", "A", 85, 90],
    ]);

    expect(parsed.people.map((person) => person.name)).toEqual([
      "<img src=x onerror=alert(1)>",
      "=1+1",
    ]);
  });

  test("cut-offs change the level", () => {
    const cutoffs = readCutoffs("70;90");
    if (isProblem(cutoffs)) {
      throw new Error(cutoffs.message);
    }
    const values = [HEADER, [1, "Ani", "1", "A", 89, 70]];

    const parsed = parseSheet(sheetOf(values), detectHeaders(values).mapping, {
      performance: cutoffs as Cutoffs,
      potential: cutoffs as Cutoffs,
    });

    expect(parsed.people[0].performance).toBe(2);
    expect(parsed.people[0].potential).toBe(2);
    expect(parsed.people[0].box).toBe(5);
  });

  test("box column places rows without axes", () => {
    const values = [
      ["Nama", "Kotak"],
      ["Ani", 9],
      ["Budi", 4],
      ["Cici", 12],
    ];

    const parsed = parse(values);

    expect(parsed.people.map((person) => person.box)).toEqual([9, 4]);
    expect(parsed.leftOut[0].kind).toBe("range");
  });

  test("Excel table inside the used range", () => {
    // A table's header row is part of the used range, with cells left and above it empty.
    const values = [
      ["", "", "", ""],
      ["", "Nama", "Kinerja", "Potensial"],
      ["", "Ani", 85, 90],
      ["", "Budi", 50, 50],
    ];

    const parsed = parse(values, 1);

    expect(parsed.people.map((person) => [person.rowNumber, person.box])).toEqual([
      [4, 9],
      [5, 1],
    ]);
  });
});

describe("parseSheet rows that are not a person", () => {
  test.each([
    ["Rata-rata", "summaryRow"],
    ["RATA RATA", "summaryRow"],
    ["Jumlah", "summaryRow"],
    ["Total", "summaryRow"],
    ["Average", "summaryRow"],
    ["", "noNameOrNip"],
  ])("name %p without NIP is left out as %s", (name, kind) => {
    const parsed = parse([
      HEADER,
      [1, "Ani", "199001012020012001", "Dinas A", 85, 90],
      [],
      ["", name, "", "", 75, 72],
    ]);

    expect(parsed.people.map((person) => person.name)).toEqual(["Ani"]);
    expect(parsed.leftOut).toHaveLength(1);
    expect(parsed.leftOut[0].rowNumber).toBe(4);
    expect(parsed.leftOut[0].rowProblem?.kind).toBe(kind);
    expect(parsed.leftOut[0].reason).toContain("total or average row");
  });

  test("summary word with a NIP is a person", () => {
    const parsed = parse([HEADER, [1, "Total", "199001012020012001", "Dinas A", 75, 72]]);

    expect(parsed.people.map((person) => person.box)).toEqual([5]);
  });

  test("names starting like a summary are people", () => {
    const parsed = parse([
      ["Nama", "Kinerja", "Potensial"],
      ["Sumarni", 75, 72],
      ["Totok Rahardjo", 85, 90],
    ]);

    expect(parsed.leftOut).toEqual([]);
    expect(parsed.people.map((person) => person.name)).toEqual(["Sumarni", "Totok Rahardjo"]);
  });

  test("NIP without a name is a person", () => {
    const parsed = parse([HEADER, [1, "", "199001012020012001", "Dinas A", 85, 90]]);

    expect(parsed.people.map((person) => person.box)).toEqual([9]);
  });
});

describe("parseSheet with a missing axis column", () => {
  const values = [
    ["Ani", "Dinas A", 85, 90],
    ["Budi", "Dinas B", 40, 40],
  ];

  test("reason names the Potential column", () => {
    const picked = withColumnChoices(detectHeaders(values), { name: 0, performance: 2 });
    const parsed = parseSheet(sheetOf(values), picked.mapping);

    expect(parsed.people).toEqual([]);
    expect(parsed.leftOut).toHaveLength(2);
    for (const left of parsed.leftOut) {
      expect(left.reason).toContain("No Potential column is chosen");
      expect(left.reason).toContain("Pick the Potential column");
      expect(left.reason).not.toContain("Box is blank");
      expect(left.rowProblem).toEqual({ kind: "missingColumns", columns: ["potential"] });
    }
  });

  test("box column stands in for the axes", () => {
    const withBox = values.map((row, index) => [...row, index === 0 ? 9 : 1]);
    const picked = withColumnChoices(detectHeaders(withBox), { name: 0, box: 4 });
    const parsed = parseSheet(sheetOf(withBox), picked.mapping);

    expect(parsed.leftOut).toEqual([]);
    expect(parsed.people.map((person) => person.box)).toEqual([9, 1]);
  });
});
