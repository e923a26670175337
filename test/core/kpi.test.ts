import { problemOf } from "./problemOf";
import {
  DEFAULT_TARGET_PERCENT,
  KPI_BAND_TEXT,
  KPI_STATUS_TEXT,
  achievement,
  kpiBand,
  kpiStatus,
  readCount,
  readTarget,
} from "../../src/core";

describe("kpiStatus", () => {
  test.each([
    [799, 1000, "below"],
    [79.9, 100, "below"],
    [80, 100, "met"],
    [4, 5, "met"],
    [7, 8.75, "met"],
    [8, 10, "met"],
    [10, 10, "met"],
    [12, 10, "met"],
    [0, 10, "below"],
    [0, 0, "none-planned"],
    [3, 0, "none-planned"],
  ])("%p of %p is %s at the default target", (done, planned, status) => {
    expect(kpiStatus(done, planned)).toBe(status);
  });

  test("fraction just below 0.8 in floating point meets 80%", () => {
    expect(2.4 / 3).toBeLessThan(0.8);
    expect(kpiStatus(2.4, 3)).toBe("met");
    expect(kpiStatus(5.6, 7)).toBe("met");
  });

  test("percentage just below the target meets it after rounding", () => {
    expect((57 / 100) * 100).toBeLessThan(57);
    expect(kpiStatus(57, 100, 57)).toBe("met");
    expect(kpiStatus(56.9, 100, 57)).toBe("below");
  });

  test("7 of 8.75 reaches 80% after rounding", () => {
    expect(kpiStatus(7, 8.75, 80)).toBe("met");
    expect(kpiStatus(6.99, 8.75, 80)).toBe("below");
  });

  test.each([
    [9, 10, 90, "met"],
    [8.9, 10, 90, "below"],
    [10, 10, 100, "met"],
    [9.99, 10, 100, "below"],
  ])("%p of %p at target %p is %s", (done, planned, target, status) => {
    expect(kpiStatus(done, planned, target)).toBe(status);
  });

  test("statuses have both languages", () => {
    expect(KPI_STATUS_TEXT.met).toEqual({ id: "Memenuhi target", en: "Target met" });
    expect(KPI_STATUS_TEXT.below.id).toBe("Di bawah target");
    expect(KPI_STATUS_TEXT["none-planned"].en).toBe("No programs planned");
  });
});

describe("achievement", () => {
  test.each([
    [8, 10, 0.8],
    [12, 10, 1.2],
    [0, 10, 0],
    [5, 0, null],
  ])("%p of %p is %p", (done, planned, fraction) => {
    expect(achievement(done, planned)).toBe(fraction);
  });
});

describe("readTarget", () => {
  test.each([
    [null, 80],
    [undefined, 80],
    ["", 80],
    [0, 80],
    [80, 80],
    [0.8, 80],
    ["80%", 80],
    ["80", 80],
    ["0,8", 80],
    [1, 100],
    ["100%", 100],
    ["1%", 1],
    [75.5, 75.5],
  ])("%p is %p%%", (value, percent) => {
    expect(readTarget(value)).toBeCloseTo(percent, 9);
  });

  test("default target is 80%", () => {
    expect(DEFAULT_TARGET_PERCENT).toBe(80);
  });

  test.each([101, -0.5, "150%", Infinity])("%p is out of range", (value) => {
    const read = readTarget(value);
    expect(problemOf(read).problem).toBe("range");
    expect(problemOf(read).message).toContain("above 0% and up to 100%");
  });

  test.each(["eighty", true])("%p is not a number", (value) => {
    const read = readTarget(value);
    expect(problemOf(read).problem).toBe("invalid");
  });
});

describe("readCount", () => {
  test.each([
    [null, 0],
    [undefined, 0],
    ["", 0],
    [" \u00a0", 0],
    [0, 0],
    [12, 12],
    ["12", 12],
    [" 7,5 ", 7.5],
  ])("%p is %p", (value, count) => {
    expect(readCount(value, "done")).toBe(count);
  });

  test.each([-1, "-3", NaN, Infinity])("%p is out of range", (value) => {
    const read = readCount(value, "planned");
    expect(problemOf(read).problem).toBe("range");
    expect(problemOf(read).message).toContain("0 or more");
  });

  test.each(["ten", true, "1.234,5"])("%p is not a number", (value) => {
    const read = readCount(value, "done");
    expect(problemOf(read).problem).toBe("unknown");
    expect(problemOf(read).message).toMatch(/^The done count .* is not a number/);
  });

  test.each(["#N/A", { code: "#DIV/0!" }])("%p is an error", (value) => {
    const read = readCount(value, "planned");
    expect(problemOf(read).problem).toBe("error");
    expect(problemOf(read).message).toMatch(/holds the error #(N\/A|DIV\/0!)/);
  });
});

describe("kpiBand", () => {
  test.each([
    [1.2, "very-high"],
    [0.91, "very-high"],
    [0.9099, "high"],
    [0.905, "high"],
    [0.76, "high"],
    [0.7599, "medium"],
    [0.66, "medium"],
    [0.6599, "low"],
    [0.51, "low"],
    [0.505, "low"],
    [0.5, "very-low"],
    [0, "very-low"],
  ])("%p is %s", (fraction, band) => {
    expect(kpiBand(fraction)).toBe(band);
  });

  test("lower bound computed with float error still counts", () => {
    expect(kpiBand(91 / 100)).toBe("very-high");
    expect(kpiBand(0.1 * 7.6)).toBe("high");
  });

  test("bands have both languages", () => {
    expect(KPI_BAND_TEXT["very-high"]).toEqual({ id: "Sangat tinggi", en: "Very high" });
    expect(KPI_BAND_TEXT["very-low"].id).toBe("Sangat rendah");
  });
});

describe("percent text as a count", () => {
  test("percentage count is rejected", () => {
    expect(problemOf(readCount("4%", "done")).message).toMatch(/"4%" is a percentage/);
  });
});

describe("blank-looking targets", () => {
  test.each([" ", "\u00a0", null, 0, ""])("target %p means 80%", (value) => {
    expect(readTarget(value)).toBe(DEFAULT_TARGET_PERCENT);
  });
});
