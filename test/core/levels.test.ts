import { problemOf } from "./problemOf";
import {
  Cutoffs,
  DEFAULT_CUTOFFS,
  Level,
  boxOf,
  isProblem,
  readCutoffs,
  readLevel,
} from "../../src/core";

function cutoffs(value: unknown): Cutoffs {
  const read = readCutoffs(value);
  if (isProblem(read)) {
    throw new Error(`test cut-offs rejected: ${read.message}`);
  }
  return read;
}

function kindOf(value: unknown, custom: Cutoffs = DEFAULT_CUTOFFS): string | Level {
  const read = readLevel(value, "performance", custom);
  return isProblem(read) ? read.problem : read;
}

/** The government table: box by [performance][potential], levels 1 to 3. */
const GOVERNMENT: Record<Level, Record<Level, number>> = {
  1: { 1: 1, 2: 3, 3: 6 },
  2: { 1: 2, 2: 5, 3: 8 },
  3: { 1: 4, 2: 7, 3: 9 },
};

/** One way of writing each level, per input form, for performance and potential. */
const FORMS: Record<string, { performance: unknown[]; potential: unknown[]; cutoffs?: unknown }> = {
  "level numbers": { performance: [1, 2, 3], potential: [1, 2, 3] },
  "level numbers as text": { performance: ["1", " 2 ", "3"], potential: ["1", "2", "3\u00a0"] },
  "Indonesian phrases": {
    performance: ["di bawah ekspektasi", "sesuai ekspektasi", "di atas ekspektasi"],
    potential: ["rendah", "menengah", "tinggi"],
  },
  "Indonesian short words": {
    performance: ["Dibawah", "Sesuai", "Diatas"],
    potential: ["Rendah", "Sedang", "Tinggi"],
  },
  "English words": {
    performance: ["Below expectations", "Meets expectations", "Exceeds expectations"],
    potential: ["Low", "Medium", "High"],
  },
  "letters L/M/H": { performance: ["L", "m", "H"], potential: ["l", "M", "h"] },
  "upper case and extra spaces": {
    performance: ["  DI   BAWAH  EKSPEKTASI ", "SESUAI\tEKSPEKTASI", " Di Atas Ekspektasi"],
    potential: ["RENDAH", "  menengah  ", "TINGGI "],
  },
  "non-breaking spaces": {
    performance: [
      "di\u00a0bawah\u00a0ekspektasi",
      "sesuai\u00a0ekspektasi",
      "di\u00a0atas ekspektasi",
    ],
    potential: ["\u00a0rendah", "menengah\u00a0", "\u00a0tinggi\u00a0"],
  },
  "SKP predicates": {
    performance: ["Butuh Perbaikan", "Baik", "Sangat Baik"],
    potential: ["Kurang", "Cukup", "Sangat Baik"],
    cutoffs: "SKP",
  },
  "Kurang/Cukup/Baik scale": {
    performance: ["Kurang", "Cukup", "Baik"],
    potential: ["kurang", "cukup", "baik"],
    cutoffs: "Kurang/Cukup/Baik",
  },
  "scores with default cut-offs": { performance: [45, 60, 80], potential: [59.99, 79.99, 100] },
  "scores as text": { performance: ["45", "78,5", "85%"], potential: ["12", "60", "80.0"] },
  "scores with cut-offs 70/90": {
    performance: [69.99, 70, 90],
    potential: [1, 89.99, 95],
    cutoffs: [[70, 90]],
  },
  "SKP final scores": {
    performance: [89, 90, 100.5],
    potential: [0.5, 100, 120],
    cutoffs: [[0, 90, ">100", 120]],
  },
};

describe.each(Object.entries(FORMS))("box table from %s", (_form, inputs) => {
  const custom = inputs.cutoffs === undefined ? DEFAULT_CUTOFFS : cutoffs(inputs.cutoffs);
  const cases: [Level, Level][] = [];
  for (const performance of [1, 2, 3] as Level[]) {
    for (const potential of [1, 2, 3] as Level[]) {
      cases.push([performance, potential]);
    }
  }

  test.each(cases)("performance %i, potential %i", (performance, potential) => {
    const performanceLevel = readLevel(inputs.performance[performance - 1], "performance", custom);
    const potentialLevel = readLevel(inputs.potential[potential - 1], "potential", custom);

    expect(performanceLevel).toBe(performance);
    expect(potentialLevel).toBe(potential);
    expect(boxOf(performanceLevel as Level, potentialLevel as Level)).toBe(
      GOVERNMENT[performance][potential]
    );
  });
});

describe("cut-off boundaries", () => {
  test.each([
    [59.99, 1],
    [60, 2],
    [79.99, 2],
    [80, 3],
    [100, 3],
    [10.5, 1],
  ])("default cut-offs put %p at level %i", (score, level) => {
    expect(readLevel(score, "potential")).toBe(level);
  });

  test.each([
    [60, 1],
    [60.01, 2],
    [80, 2],
    [80.01, 3],
  ])('exclusive cut-offs ">60;>80" put %p at level %i', (score, level) => {
    expect(readLevel(score, "potential", cutoffs(">60;>80"))).toBe(level);
  });

  test("weighted score computed as 79.99999999999999 reaches 80", () => {
    const weighted = 0.6 * 80 + 0.4 * 80 - 1e-14;
    expect(weighted).toBeLessThan(80);
    expect(readLevel(weighted, "performance")).toBe(3);
  });

  test("explicit cut-offs read 1 to 3 as scores", () => {
    expect(readLevel(3, "performance", cutoffs([[60, 80]]))).toBe(1);
  });
});

describe("ambiguous inputs", () => {
  test.each([2.5, 4, 5, 10, "4", "2,5"])("%p without cut-offs is ambiguous", (value) => {
    const read = readLevel(value, "performance");
    expect(problemOf(read).problem).toBe("ambiguous");
    expect(problemOf(read).message).toContain("cut-offs");
  });

  test("small numbers with cut-offs for a 1-5 scale are read", () => {
    const scale = cutoffs([[1, 2.5, 4, 5]]);
    expect(readLevel(2.5, "performance", scale)).toBe(2);
    expect(readLevel(4, "performance", scale)).toBe(3);
    expect(readLevel(2, "performance", scale)).toBe(1);
  });

  test('"Baik" without a word scale is ambiguous', () => {
    const read = readLevel("Baik", "performance");
    expect(problemOf(read).problem).toBe("ambiguous");
    expect(problemOf(read).message).toContain('"SKP"');
  });

  test.each([
    ["SKP", 2],
    ["skp", 2],
    ["Kurang/Cukup/Baik", 3],
    ["kurang cukup baik", 3],
  ])('"Baik" with word scale %p is level %i', (scale, level) => {
    expect(readLevel("Baik", "performance", cutoffs(scale))).toBe(level);
  });

  test("word scale next to numbers keeps the numbers", () => {
    const read = cutoffs([["SKP", 70, 90]]);
    expect(readLevel(" baik ", "performance", read)).toBe(2);
    expect(readLevel(89, "performance", read)).toBe(2);
    expect(readLevel(90, "performance", read)).toBe(3);
  });
});

describe("blank and bad inputs", () => {
  test.each([null, undefined, "", "   ", "\u00a0", 0, "0"])("%p is blank", (value) => {
    expect(kindOf(value)).toBe("blank");
  });

  test("blank message says no box is given", () => {
    const read = readLevel(null, "potential");
    expect(problemOf(read).message).toMatch(/^Potential is blank .*no box/);
  });

  test.each([-1, 101, 100.01, "-5", "150"])("%p is out of range", (value) => {
    expect(kindOf(value)).toBe("range");
  });

  test("out-of-range message states the scale", () => {
    const read = readLevel(101, "performance");
    expect(problemOf(read).message).toContain("from 0 to 100");
  });

  test.each([NaN, Infinity, -Infinity])("%p is not a finite number", (value) => {
    const read = readLevel(value, "performance");
    expect(problemOf(read).problem).toBe("range");
    expect(problemOf(read).message).toContain("not a finite number");
  });

  test.each(["Bagus", "excellent", "1.234,5", "80 points"])("%p is unknown", (value) => {
    const read = readLevel(value, "performance");
    expect(problemOf(read).problem).toBe("unknown");
    expect(problemOf(read).message).toContain(`"${value}"`);
  });

  test.each([true, false])("boolean %p is unknown", (value) => {
    expect(kindOf(value)).toBe("unknown");
  });

  test.each(["#N/A", "#DIV/0!", " #value! ", { code: "#REF!" }])(
    "error %p is an error",
    (value) => {
      const read = readLevel(value, "performance");
      expect(problemOf(read).problem).toBe("error");
      expect(problemOf(read).message).toMatch(/holds the error #/);
    }
  );

  test("text that only starts with # is unknown", () => {
    expect(kindOf("#1")).toBe("unknown");
  });
});

describe("percent text and rounding", () => {
  test.each([
    ["3%", 1],
    ["2%", 1],
    ["65%", 2],
    ["80 %", 3],
  ])("percentage %s is a score", (text, level) => {
    expect(readLevel(text, "performance")).toBe(level);
  });

  test("percent text never joins talent pool", () => {
    expect(boxOf(readLevel("3%", "performance") as Level, 3)).toBe(6);
  });

  test("noise above the scale top rounds in", () => {
    const sum = [1, 2, 3, 4, 5, 6].reduce((total) => total + 100 / 6, 0);
    expect(sum).toBeGreaterThan(100);
    expect(readLevel(sum, "performance")).toBe(3);
  });

  test("real excess above the top stays out", () => {
    expect(problemOf(readLevel(100.001, "performance")).problem).toBe("range");
  });
});

describe("fractions from percentage cells", () => {
  test("0.85 names the percentage", () => {
    const message = problemOf(readLevel(0.85, "performance")).message;
    expect(message).toMatch(/0\.85 looks like a percentage/);
    expect(message).toMatch(/Enter the score as 85/);
  });

  test("suggested 0 to 1 cut-offs work", () => {
    expect(readLevel(0.85, "performance", cutoffs([[0, 0.6, 0.8, 1]]))).toBe(3);
  });
});
