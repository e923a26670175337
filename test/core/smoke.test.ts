import { boxOf, readLevel } from "../../src/core";

test("above and high is box 9", () => {
  expect(boxOf(3, 3)).toBe(9);
  expect(readLevel("Tinggi", "potential")).toBe(3);
});
