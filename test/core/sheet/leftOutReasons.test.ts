import { describeLeftOut, LeftOutRow, rowProblemReason } from "../../../src/core/sheet";

function leftOut(fields: Partial<LeftOutRow>): LeftOutRow {
  return { rowNumber: 5, name: "Ani", kind: "blank", reason: "English reason.", ...fields };
}

describe("describeLeftOut", () => {
  test("English keeps core's message", () => {
    const row = leftOut({ cells: [{ kind: "blank", axis: "performance", value: "" }] });

    expect(describeLeftOut(row, "en")).toBe("English reason.");
  });

  test("Indonesian words every cell", () => {
    const row = leftOut({
      kind: "range",
      cells: [
        { kind: "range", axis: "performance", value: "150" },
        { kind: "unknown", axis: "potential", value: "x" },
      ],
    });
    const text = describeLeftOut(row, "id");

    expect(text).toContain("Kinerja 150 berada di luar skala.");
    expect(text).toContain('Potensial "x" bukan nilai atau level yang dikenal.');
  });

  test.each([
    [{ kind: "noNameOrNip" } as const, "tidak berisi nama maupun NIP"],
    [{ kind: "summaryRow", label: "Rata-rata" } as const, '"Rata-rata" tanpa NIP'],
    [{ kind: "missingColumns", columns: ["potential"] } as const, "Kolom Potensial belum dipilih"],
  ])("Indonesian words row problem %p", (rowProblem, expected) => {
    const row = leftOut({ rowProblem, reason: rowProblemReason(rowProblem, "en") });

    expect(describeLeftOut(row, "id")).toContain(expected);
    expect(describeLeftOut(row, "en")).toBe(rowProblemReason(rowProblem, "en"));
  });

  test("missing columns name both axes", () => {
    const reason = rowProblemReason(
      { kind: "missingColumns", columns: ["performance", "potential"] },
      "en"
    );

    expect(reason).toBe(
      "No Performance or Potential column is chosen. Pick the Performance and Potential columns " +
        "in the pane, or an existing box column."
    );
  });
});
