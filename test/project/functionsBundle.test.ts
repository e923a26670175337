import * as fs from "fs";
import * as path from "path";
import { CustomFunction, DIST, RuntimeError, loadBuiltFunctions } from "./builtFunctions";
import { ADDIN_FUNCTIONS } from "../../src/taskpane/excel/sharingScan";

interface Parameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

const metadata: { functions: FunctionMetadata[] } = JSON.parse(
  fs.readFileSync(path.join(DIST, "functions.json"), "utf8")
);

/** Name, then each parameter as name, "matrix" or "scalar", and "optional" or "required". */
const EXPECTED: Record<string, [string, "matrix" | "scalar", "optional" | "required"][]> = {
  TALENTBOX: [
    ["performance", "matrix", "required"],
    ["potential", "matrix", "required"],
    ["performanceCutoffs", "matrix", "optional"],
    ["potentialCutoffs", "matrix", "optional"],
    ["numbering", "scalar", "optional"],
  ],
  KPISTATUS: [
    ["done", "matrix", "required"],
    ["planned", "matrix", "required"],
    ["target", "scalar", "optional"],
    ["language", "scalar", "optional"],
  ],
  KPIACHIEVEMENT: [
    ["done", "matrix", "required"],
    ["planned", "matrix", "required"],
  ],
  KPIBAND: [
    ["done", "matrix", "required"],
    ["planned", "matrix", "required"],
    ["language", "scalar", "optional"],
  ],
  BOXMEANING: [
    ["box", "matrix", "required"],
    ["language", "scalar", "optional"],
    ["numbering", "scalar", "optional"],
  ],
  BOXACTIONS: [
    ["box", "matrix", "required"],
    ["language", "scalar", "optional"],
    ["numbering", "scalar", "optional"],
  ],
  INTALENTPOOL: [
    ["box", "matrix", "required"],
    ["numbering", "scalar", "optional"],
  ],
};

describe("generated functions.json", () => {
  test("lists exactly the seven functions", () => {
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))("%s parameters", (id, parameters) => {
    const fn = metadata.functions.find((candidate) => candidate.id === id);
    expect(fn?.name).toBe(id);
    expect(fn?.description.length).toBeGreaterThan(20);
    expect(fn?.parameters.map((parameter) => parameter.name)).toEqual(
      parameters.map(([name]) => name)
    );
    for (const [name, dimensionality, optional] of parameters) {
      const parameter = fn?.parameters.find((candidate) => candidate.name === name);
      expect({ name, type: parameter?.type }).toEqual({ name, type: "any" });
      expect({ name, dimensionality: parameter?.dimensionality ?? "scalar" }).toEqual({
        name,
        dimensionality,
      });
      expect({ name, optional: parameter?.optional === true }).toEqual({
        name,
        optional: optional === "optional",
      });
    }
  });

  test.each(Object.keys(EXPECTED))("%s returns a matrix", (id) => {
    const fn = metadata.functions.find((candidate) => candidate.id === id);
    expect(fn?.result.dimensionality).toBe("matrix");
  });
});

describe("built functions.js in a bare context", () => {
  const functions = loadBuiltFunctions();

  function call(id: string, ...args: unknown[]): unknown[][] {
    const fn = functions.get(id) as CustomFunction;
    return fn(...args) as unknown[][];
  }

  function codes(matrix: unknown[][]): unknown[] {
    return matrix.map((row) => (row[0] instanceof RuntimeError ? row[0].code : row[0]));
  }

  test("associates every id in functions.json", () => {
    expect([...functions.keys()].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  test("TALENTBOX gives the government box for every level pair", () => {
    const performance: unknown[][] = [];
    const potential: unknown[][] = [];
    for (const perf of ["di bawah ekspektasi", "sesuai ekspektasi", "di atas ekspektasi"]) {
      for (const pot of ["rendah", "menengah", "tinggi"]) {
        performance.push([perf]);
        potential.push([pot]);
      }
    }
    expect(call("TALENTBOX", performance, potential, null, null, null)).toEqual([
      [1],
      [3],
      [6],
      [2],
      [5],
      [8],
      [4],
      [7],
      [9],
    ]);
  });

  test("TALENTBOX blank is #N/A with a message, whether null or 0", () => {
    const result = call("TALENTBOX", [[null], [0], [90]], [[90]], null, null, null);
    expect(codes(result)).toEqual(["#N/A", "#N/A", 9]);
    expect((result[0][0] as RuntimeError).message).toMatch(/^Performance is blank/);
  });

  test("KPISTATUS at 80% meets the target", () => {
    expect(call("KPISTATUS", [[4], [79.9]], [[5], [100]], null, "en")).toEqual([
      ["Target met"],
      ["Below target"],
    ]);
  });

  test("companions compute", () => {
    expect(call("KPIACHIEVEMENT", [[4]], [[5]])).toEqual([[0.8]]);
    expect(call("KPIBAND", [[90.5]], [[100]], "en")).toEqual([["High"]]);
    expect(call("BOXMEANING", [[9]], "en", null)).toEqual([
      ["Performance above expectations, potential high"],
    ]);
    expect(call("BOXACTIONS", [[1]], "id", null)[0][0]).toMatch(/^Diproses/);
    expect(call("INTALENTPOOL", [[7], [6]], null)).toEqual([[true], [false]]);
  });
});

describe("Prepare for sharing function list", () => {
  test("matches the generated metadata", () => {
    const generated = metadata.functions.map((entry) => entry.name).sort();
    expect([...ADDIN_FUNCTIONS].sort()).toEqual(generated);
  });
});
