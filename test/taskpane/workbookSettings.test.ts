import { validChoices } from "../../src/taskpane/excel/workbookSettings";

describe("validChoices", () => {
  test("full choices are kept", () => {
    const stored = {
      columns: { name: 1, performance: 5, potential: -1 },
      cutoffs: { performance: "70;90", potential: "" },
      numbering: "corporate",
    };

    expect(validChoices(stored)).toEqual(stored);
  });

  test.each([[null], ["text"], [42]])("%p is no choice", (stored) => {
    expect(validChoices(stored)).toBeNull();
  });

  test("invalid fields fall back", () => {
    const stored = {
      columns: { name: "B", performance: 2.5, potential: -3, unknown: 4, nip: 2 },
      cutoffs: { performance: 60 },
      numbering: "other",
    };

    expect(validChoices(stored)).toEqual({
      columns: { nip: 2 },
      cutoffs: { performance: "", potential: "" },
      numbering: "permenpanrb",
    });
  });
});
