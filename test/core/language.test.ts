import { problemOf } from "./problemOf";
import { normalizeText, readLanguage } from "../../src/core";

describe("readLanguage", () => {
  test.each([
    [null, "id"],
    [undefined, "id"],
    ["", "id"],
    [0, "id"],
    ["id", "id"],
    [" Indonesia ", "id"],
    ["EN", "en"],
    ["english", "en"],
  ])("%p is %s", (value, language) => {
    expect(readLanguage(value)).toBe(language);
  });

  test.each(["fr", 1, "en-US"])("%p is rejected with both choices", (value) => {
    const read = readLanguage(value);
    expect(problemOf(read).problem).toBe("invalid");
    expect(problemOf(read).message).toContain('Use "id" for Indonesian or "en" for English');
  });
});

describe("normalizeText", () => {
  test("folds case, tabs and non-breaking spaces", () => {
    expect(normalizeText("  Di\u00a0\tATAS   Ekspektasi\u202f")).toBe("di atas ekspektasi");
  });
});
