import { FakeError, installCustomFunctions, shown, shownMatrix } from "./fakeCustomFunctions";
import {
  boxActionsText,
  boxMeaningText,
  inTalentPool,
  kpiAchievement,
  kpiBandText,
  kpiStatusText,
  talentBox,
} from "../../src/functions/functions";

beforeAll(installCustomFunctions);

function codes(matrix: unknown[][]): unknown[][] {
  return matrix.map((row) => row.map((cell) => (cell instanceof FakeError ? cell.code : cell)));
}

describe("TALENTBOX", () => {
  test("one row per person in a column range", () => {
    const performance = [[90], ["sesuai ekspektasi"], [1], ["45"], [3]];
    const potential = [["tinggi"], [70], ["Rendah"], [85], [2]];
    expect(talentBox(performance, potential, null as never, null as never, null)).toEqual([
      [9],
      [5],
      [1],
      [6],
      [7],
    ]);
  });

  test("bad rows get their own error and the rest compute", () => {
    const performance = [[90], [null], ["Bagus"], [101], [2.5], ["#N/A"], [80]];
    const potential = [[90], [90], [90], [90], [90], [90], [59.99]];
    expect(codes(talentBox(performance, potential))).toEqual([
      [9],
      ["#N/A"],
      ["#VALUE!"],
      ["#VALUE!"],
      ["#VALUE!"],
      ["#VALUE!"],
      [4],
    ]);
  });

  test("error messages name the value and the fix", () => {
    const result = talentBox([["Bagus"], [101], ["#DIV/0!"]], [[90]]);
    expect(shown(result[0][0])).toMatch(/^#VALUE! Performance "Bagus" is not a known level\. Use/);
    expect(shown(result[1][0])).toMatch(
      /^#VALUE! Performance 101 is outside the scale\. Use a score from 0 to 100/
    );
    expect(shown(result[2][0])).toBe(
      "#VALUE! Performance cell holds the error #DIV/0!. Fix that cell first."
    );
  });

  test.each([
    ["null from Excel on the web", null],
    ["0 from Excel desktop", 0],
    ["empty text", ""],
  ])("blank arriving as %s gives #N/A, never box 1", (_how, blank) => {
    const result = talentBox([[blank], [1]], [[blank], [1]]);
    expect(codes(result)).toEqual([["#N/A"], [1]]);
    expect(shown(result[0][0])).toContain("blank");
  });

  test("error values inside a range are that row's #VALUE!", () => {
    const result = talentBox([[new FakeError("#N/A")], [90]], [[90]]);
    expect(shown(result[0][0])).toBe(
      "#VALUE! Performance cell holds the error #N/A. Fix that cell first."
    );
    expect(result[1][0]).toBe(9);
  });

  test("omitted optional arguments arrive as null and mean the defaults", () => {
    expect(talentBox([[80]], [[60]], null as never, null as never, null)).toEqual([[7]]);
  });

  test("cut-offs for each axis are separate", () => {
    const result = talentBox([[85], [85]], [[85], [95]], [[">60", ">80"]], [[70, 90]]);
    expect(result).toEqual([[7], [9]]);
  });

  test("SKP word scale reads Baik", () => {
    expect(talentBox([["Baik"], ["Sangat Baik"]], [["tinggi"]], [["SKP"]])).toEqual([[8], [9]]);
  });

  test("corporate numbering", () => {
    expect(talentBox([[3], [1]], [[1], [3]], null as never, null as never, "corporate")).toEqual([
      [3],
      [7],
    ]);
  });

  test("a bad option fills every cell with its error", () => {
    const result = talentBox([[90], [70], [null]], [[90]], [["80;60"]]);
    expect(codes(result)).toEqual([["#VALUE!"], ["#VALUE!"], ["#VALUE!"]]);
    expect(shown(result[2][0])).toContain("must increase");
  });

  test("a bad numbering fills every cell with its error", () => {
    const result = talentBox([[90, 70]], [[90, 70]], null as never, null as never, "9box");
    expect(shownMatrix(result)[0][1]).toMatch(/^#VALUE! Numbering "9box" is not known/);
    expect(result[0]).toHaveLength(2);
  });
});

describe("broadcasting", () => {
  test("one cell applies to every row", () => {
    expect(talentBox([[90], [70], [50]], [["tinggi"]])).toEqual([[9], [8], [6]]);
  });

  test("a row and a column make a grid", () => {
    expect(talentBox([[1], [2], [3]], [[1, 2, 3]])).toEqual([
      [1, 3, 6],
      [2, 5, 8],
      [4, 7, 9],
    ]);
  });

  test("ranges of different length give #N/A past the shorter one", () => {
    const result = talentBox([[1], [2], [3]], [[1], [2]]);
    expect(codes(result)).toEqual([[1], [5], ["#N/A"]]);
    expect(shown(result[2][0])).toMatch(/potential range \(2 rows x 1 column\) does not reach/);
  });

  test("a 10,000-row column gives 10,000 results in one call", () => {
    const performance = Array.from({ length: 10000 }, (_, row) => [row % 2 === 0 ? 90 : "rendah"]);
    const result = talentBox(performance, [[90]]);
    expect(result).toHaveLength(10000);
    expect(result[9998]).toEqual([9]);
    expect(result[9999]).toEqual([6]);
  });

  test("a single value that is not a matrix still works", () => {
    expect(talentBox(90 as never, "tinggi" as never)).toEqual([[9]]);
  });
});

describe("KPISTATUS", () => {
  test("statuses in Indonesian by default", () => {
    const done = [[8], [7.99], [0], [12], [null]];
    const planned = [[10], [10], [0], [10], [null]];
    expect(kpiStatusText(done, planned)).toEqual([
      ["Memenuhi target"],
      ["Di bawah target"],
      ["Tidak ada program direncanakan"],
      ["Memenuhi target"],
      ["Tidak ada program direncanakan"],
    ]);
  });

  test("English by argument", () => {
    expect(kpiStatusText([[4], [3]], [[5]], null, "en")).toEqual([
      ["Target met"],
      ["Below target"],
    ]);
  });

  test.each([80, 0.8, "80%", null, 0])("target %p means 80%%", (target) => {
    expect(kpiStatusText([[79.9], [80]], [[100]], target, "en")).toEqual([
      ["Below target"],
      ["Target met"],
    ]);
  });

  test("target 1 means 100%", () => {
    expect(kpiStatusText([[99], [100]], [[100]], 1, "en")).toEqual([
      ["Below target"],
      ["Target met"],
    ]);
  });

  test.each([101, "abc"])("target %p makes every cell an error", (target) => {
    const result = kpiStatusText([[1], [2]], [[2]], target);
    expect(result).toHaveLength(2);
    expect(result.flat().every((cell) => cell instanceof FakeError)).toBe(true);
  });

  test("bad language makes every cell #VALUE!", () => {
    expect(codes(kpiStatusText([[1]], [[2]], null, "fr"))).toEqual([["#VALUE!"]]);
  });

  test("negative and text counts are that row's error", () => {
    const result = kpiStatusText([[-1], ["ten"], [8]], [[10]]);
    expect(codes(result)).toEqual([["#VALUE!"], ["#VALUE!"], ["Memenuhi target"]]);
  });
});

describe("KPIACHIEVEMENT", () => {
  test("fractions, done above planned, and nothing planned", () => {
    const result = kpiAchievement([[8], [12], [5], [5], ["4"]], [[10], [10], [0], [null], ["5"]]);
    expect(codes(result)).toEqual([[0.8], [1.2], ["#N/A"], ["#N/A"], [0.8]]);
    expect(shown(result[2][0])).toMatch(/Planned is blank or 0/);
  });

  test("never #DIV/0!", () => {
    const result = kpiAchievement([[0]], [[0]]);
    expect(codes(result)).toEqual([["#N/A"]]);
  });
});

describe("KPIBAND", () => {
  test("five bands at their lower bounds", () => {
    const done = [[91], [90.5], [76], [66], [51], [50], [3]];
    expect(codes(kpiBandText(done, [[100]], "en"))).toEqual([
      ["Very high"],
      ["High"],
      ["High"],
      ["Medium"],
      ["Low"],
      ["Very low"],
      ["Very low"],
    ]);
  });

  test("Indonesian by default and #N/A when nothing planned", () => {
    expect(codes(kpiBandText([[95], [1]], [[100], [0]]))).toEqual([["Sangat tinggi"], ["#N/A"]]);
  });
});

describe("box companions", () => {
  test("BOXMEANING in both languages", () => {
    expect(boxMeaningText([[9], ["7"]])).toEqual([
      ["Kinerja di atas ekspektasi, potensial tinggi"],
      ["Kinerja di atas ekspektasi, potensial menengah"],
    ]);
    expect(boxMeaningText([[9]], "en")).toEqual([
      ["Performance above expectations, potential high"],
    ]);
  });

  test("BOXMEANING reads corporate numbers", () => {
    expect(boxMeaningText([[3]], "en", "corporate")).toEqual([
      ["Performance above expectations, potential low"],
    ]);
  });

  test("BOXACTIONS per row with errors in place", () => {
    const result = boxActionsText([[4], [10], [null], [4]], "en");
    expect(codes(result)).toEqual([
      ["Rotation; competence development"],
      ["#VALUE!"],
      ["#N/A"],
      ["Rotation; competence development"],
    ]);
  });

  test("INTALENTPOOL is TRUE for 7 to 9 only", () => {
    const boxes = [[1], [2], [3], [4], [5], [6], [7], [8], [9]];
    expect(inTalentPool(boxes).flat()).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  test("INTALENTPOOL converts corporate numbers first", () => {
    // Corporate 6 is above/medium (government 7); corporate 7 is below/high (government 6).
    expect(inTalentPool([[6], [7], [9], [3]], "corporate").flat()).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  test("INTALENTPOOL blank is #N/A and bad numbering fills the result", () => {
    expect(codes(inTalentPool([[0], [null], [8]]))).toEqual([["#N/A"], ["#N/A"], [true]]);
    expect(codes(inTalentPool([[8], [9]], "x"))).toEqual([["#VALUE!"], ["#VALUE!"]]);
  });
});
