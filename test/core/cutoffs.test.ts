import { problemOf } from "./problemOf";
import { DEFAULT_CUTOFFS, formatCutoffs, isProblem, readCutoffs } from "../../src/core";

describe("readCutoffs", () => {
  test.each([null, undefined, "", [[null]], [[0]], [[0, 0]], [[""]]])(
    "%p gives the default",
    (value) => {
      expect(readCutoffs(value)).toBe(DEFAULT_CUTOFFS);
    }
  );

  test("default is 60 and 80, inclusive, on 0 to 100", () => {
    expect(formatCutoffs(DEFAULT_CUTOFFS)).toBe("medium >= 60, high >= 80 (scale 0 to 100)");
    expect(DEFAULT_CUTOFFS.explicit).toBe(false);
  });

  test.each([
    [[[60, 80]], "medium >= 60, high >= 80 (scale 0 to 100)"],
    [[[60], [80]], "medium >= 60, high >= 80 (scale 0 to 100)"],
    ["60;80", "medium >= 60, high >= 80 (scale 0 to 100)"],
    [">60;>80", "medium > 60, high > 80 (scale 0 to 100)"],
    [">=70, >=90", "medium >= 70, high >= 90 (scale 0 to 100)"],
    ["68%;80%", "medium >= 68, high >= 80 (scale 0 to 100)"],
    [[[0, 90, ">100", 120]], "medium >= 90, high > 100 (scale 0 to 120)"],
    [[[90, ">100"]], "medium >= 90, high > 100 (scale 0 to no limit)"],
    [[[1, 2.5, 4, 5]], "medium >= 2.5, high >= 4 (scale 1 to 5)"],
  ])("%p reads as %s", (value, shown) => {
    const read = readCutoffs(value);
    expect(isProblem(read)).toBe(false);
    expect(formatCutoffs(read as never)).toBe(shown);
  });

  test.each([
    ["80;60", "must increase"],
    [[[60]], "have 1 numbers"],
    [[[10, 20, 30]], "have 3 numbers"],
    ["60;eighty", 'Cut-off "eighty" is not a number'],
    [[[0, 60, 80, 70]], "must increase"],
    [[[true, 80]], 'Cut-off "true" is not a number'],
  ])("%p is invalid", (value, message) => {
    const read = readCutoffs(value);
    expect(problemOf(read).problem).toBe("invalid");
    expect(problemOf(read).message).toContain(message);
    expect(problemOf(read).message).toContain("{60,80}");
  });

  test("word scale alone keeps the default numbers", () => {
    const read = readCutoffs("SKP");
    expect(isProblem(read)).toBe(false);
    expect(read).toMatchObject({ wordScale: "skp", explicit: false });
  });
});

describe("readCutoffs from a range", () => {
  test("text in a one-cell range is split like plain text", () => {
    expect(formatCutoffs(readCutoffs([[">60;>80"]]) as never)).toBe(
      "medium > 60, high > 80 (scale 0 to 100)"
    );
  });

  test("word scale and numbers in one text", () => {
    const read = readCutoffs([["SKP;70;90"]]);
    expect(read).toMatchObject({ wordScale: "skp", lower: { value: 70, inclusive: true } });
  });
});

describe("decimal comma in cut-offs", () => {
  test("semicolons make commas decimal", () => {
    const read = readCutoffs("60,5;80");
    expect(isProblem(read)).toBe(false);
    expect(read).toMatchObject({ lower: { value: 60.5 }, upper: { value: 80 } });
  });

  test("comma alone still separates", () => {
    expect(readCutoffs("60,80")).toMatchObject({ lower: { value: 60 }, upper: { value: 80 } });
  });
});

describe("formatCutoffs in Indonesian", () => {
  test("words and decimal comma", () => {
    const read = readCutoffs("60,5;>80");
    expect(formatCutoffs(read as never, "id")).toBe(
      "menengah >= 60,5, tinggi > 80 (skala 0 sampai 100)"
    );
  });
});
