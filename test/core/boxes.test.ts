import { problemOf } from "./problemOf";
import {
  BoxPosition,
  Level,
  boxActions,
  boxMeaning,
  boxOf,
  convertBox,
  isInNationalPool,
  isInTalentPool,
  positionOf,
  readBox,
  readNumbering,
} from "../../src/core";

const LEVELS: Level[] = [1, 2, 3];

/** [performance, potential, government box, corporate box] for all nine cells of the grid. */
const GRID: [Level, Level, number, number][] = [
  [1, 1, 1, 1],
  [2, 1, 2, 2],
  [3, 1, 4, 3],
  [1, 2, 3, 4],
  [2, 2, 5, 5],
  [3, 2, 7, 6],
  [1, 3, 6, 7],
  [2, 3, 8, 8],
  [3, 3, 9, 9],
];

describe("numbering", () => {
  test.each(GRID)(
    "performance %i, potential %i is government box %i, corporate box %i",
    (performance, potential, government, corporate) => {
      expect(boxOf(performance, potential)).toBe(government);
      expect(boxOf(performance, potential, "permenpanrb")).toBe(government);
      expect(boxOf(performance, potential, "corporate")).toBe(corporate);
      expect(positionOf(government)).toEqual({ performance, potential });
      expect(positionOf(corporate, "corporate")).toEqual({ performance, potential });
    }
  );

  test.each(GRID)("conversion both ways for %i/%i", (_p, _q, government, corporate) => {
    expect(convertBox(government, "permenpanrb", "corporate")).toBe(corporate);
    expect(convertBox(corporate, "corporate", "permenpanrb")).toBe(government);
  });

  test("corporate 3 and 7 are the government 4 and 6", () => {
    expect(convertBox(3, "corporate", "permenpanrb")).toBe(4);
    expect(convertBox(7, "corporate", "permenpanrb")).toBe(6);
  });

  test("positionOf rejects 0 and 10", () => {
    expect(() => positionOf(0)).toThrow(RangeError);
    expect(() => positionOf(10)).toThrow("not a box number");
  });

  test.each([
    [null, "permenpanrb"],
    ["", "permenpanrb"],
    [0, "permenpanrb"],
    ["PermenPANRB", "permenpanrb"],
    [" pemerintah ", "permenpanrb"],
    ["Corporate", "corporate"],
    ["korporat", "corporate"],
  ])("readNumbering(%p) is %s", (value, numbering) => {
    expect(readNumbering(value)).toBe(numbering);
  });

  test("unknown numbering names both choices", () => {
    const read = readNumbering("9box");
    expect(problemOf(read).problem).toBe("invalid");
    expect(problemOf(read).message).toContain('"9box"');
    expect(problemOf(read).message).toContain('"corporate"');
  });
});

describe("talent pool", () => {
  const positions: BoxPosition[] = [];
  for (const performance of LEVELS) {
    for (const potential of LEVELS) {
      positions.push({ performance, potential });
    }
  }

  test.each(positions)("%p pool membership follows the government box", (position) => {
    const box = boxOf(position.performance, position.potential);
    expect(isInTalentPool(position)).toBe(box >= 7);
    expect(isInNationalPool(position)).toBe(box === 9);
  });
});

describe("meaning and actions", () => {
  test.each([
    [9, "id", "Kinerja di atas ekspektasi, potensial tinggi"],
    [9, "en", "Performance above expectations, potential high"],
    [1, "id", "Kinerja di bawah ekspektasi, potensial rendah"],
    [6, "en", "Performance below expectations, potential high"],
    [4, "en", "Performance above expectations, potential low"],
  ] as const)("box %i in %s", (box, language, text) => {
    expect(boxMeaning(positionOf(box), language)).toBe(text);
  });

  test.each([
    [9, "en", /^Promote; retain; succession pool \(agency and national\); recognition$/],
    [1, "id", /^Diproses sesuai ketentuan/],
    [1, "en", /discipline/],
    [7, "id", /tugas belajar/],
    [4, "en", /^Rotation; competence development$/],
  ] as const)("actions of box %i in %s", (box, language, pattern) => {
    expect(boxActions(positionOf(box), language)).toMatch(pattern);
  });

  test("every box has actions in both languages", () => {
    for (let box = 1; box <= 9; box++) {
      expect(boxActions(positionOf(box), "id").length).toBeGreaterThan(5);
      expect(boxActions(positionOf(box), "en").length).toBeGreaterThan(5);
    }
  });
});

describe("readBox", () => {
  test.each([
    [7, "permenpanrb", { performance: 3, potential: 2 }],
    ["7", "permenpanrb", { performance: 3, potential: 2 }],
    [" 3\u00a0", "corporate", { performance: 3, potential: 1 }],
    [3, "permenpanrb", { performance: 1, potential: 2 }],
  ] as const)("%p in %s", (value, numbering, position) => {
    expect(readBox(value, numbering)).toEqual(position);
  });

  test.each([
    [null, "blank"],
    [0, "blank"],
    ["", "blank"],
    ["  ", "blank"],
    [10, "range"],
    [-1, "range"],
    [2.5, "range"],
    [NaN, "range"],
    ["nine", "unknown"],
    [true, "unknown"],
    ["#N/A", "error"],
  ])("%p is %s", (value, kind) => {
    const read = readBox(value, "permenpanrb");
    expect(problemOf(read).problem).toBe(kind);
  });

  test("range message names the value and 1 to 9", () => {
    const read = readBox(10, "permenpanrb");
    expect(problemOf(read).message).toBe(
      "Box 10 is outside the allowed range. Use a whole number from 1 to 9."
    );
  });
});
