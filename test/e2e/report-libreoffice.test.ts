import { MAX_NAMES_IN_BOX } from "../../src/core/report";
import { buildReportXlsx } from "../../src/taskpane/report/xlsx";
import {
  BOX_SURNAMES,
  FIXTURE_LEFT_OUT,
  TRICKY_NAMES,
  fixturePeople,
  person,
  reportInput,
} from "../core/report/fixture";
import { expectEachNameInItsBox, renderPdf, spotsOf } from "./reportPdf";

describe("9-box .xlsx in LibreOffice", () => {
  test("each name prints in its box on one page", async () => {
    const people = fixturePeople();
    const input = reportInput(people, { leftOut: FIXTURE_LEFT_OUT });
    const { text, pages } = await renderPdf(await buildReportXlsx(input));

    expect(pages).toBe(1);
    expect(text).toContain("Peta Talenta 9-Box ASN");
    expectEachNameInItsBox(
      text,
      input.numbering,
      new Map(people.map((item) => [item.name, item.box]))
    );
  });

  test("tricky names print literally", async () => {
    const input = reportInput(fixturePeople());
    const { text } = await renderPdf(await buildReportXlsx(input));

    for (const name of TRICKY_NAMES) {
      expect(spotsOf(text.split("\n"), name).length).toBeGreaterThan(0);
    }
    // Evaluated as a formula, the first would print "klik"; read as a number, the second "62812".
    expect(text.match(/klik/g)).toHaveLength(1);
    expect(text).not.toContain("62812");
    expect(text).not.toContain("#NAME?");
  });

  test("full boxes still fit one page", async () => {
    const people = [];
    let row = 2;
    for (let box = 1; box <= 9; box++) {
      for (let index = 1; index <= 20; index++) {
        people.push(person(box, `${BOX_SURNAMES[box]} ${String(index).padStart(2, "0")}`, row++));
      }
    }
    const input = reportInput(people, { language: "en", numbering: "corporate" });
    const { text, pages } = await renderPdf(await buildReportXlsx(input));

    expect(pages).toBe(1);
    const shown = new Map<string, number>();
    for (let box = 1; box <= 9; box++) {
      for (const item of input.grid.boxes[box].slice(0, MAX_NAMES_IN_BOX - 1)) {
        shown.set(item.name, box);
      }
    }
    expectEachNameInItsBox(text, input.numbering, shown);
    const rest = 20 - (MAX_NAMES_IN_BOX - 1);
    expect(text.match(new RegExp(`\\+${rest} more: see the`, "g"))).toHaveLength(9);
  });
});
