import { MAX_NAMES_IN_BOX, buildReportLayout } from "../../src/core/report";
import { buildReportXlsx } from "../../src/taskpane/report/xlsx";
import {
  BOX_SURNAMES,
  FIXTURE_LEFT_OUT,
  TRICKY_NAMES,
  crowdedBox,
  fixturePeople,
  person,
  reportInput,
} from "../core/report/fixture";
import { expectEachNameInItsBox, renderPdf, spotsOf } from "./reportPdf";

/** Reads the government box of each list row on the given pages, in print order, by its NIP. */
function listedBoxes(pages: string[], nipBoxes: Map<string, number>): number[] {
  const boxes: number[] = [];
  for (const line of pages.join("\n").split("\n")) {
    for (const match of line.matchAll(/\b\d{18}\b/g)) {
      const box = nipBoxes.get(match[0]);
      if (box !== undefined) {
        boxes.push(box);
      }
    }
  }
  return boxes;
}

describe("9-box .xlsx in LibreOffice", () => {
  test("grid page first, lists after", async () => {
    const people = fixturePeople();
    const input = reportInput(people, { leftOut: FIXTURE_LEFT_OUT });
    const { text, pageTexts, pages } = await renderPdf(await buildReportXlsx(input));

    expect(pages).toBe(pageTexts.length);
    expect(pages).toBeGreaterThanOrEqual(2);
    const [gridPage, ...listPages] = pageTexts;

    // Page 1: title, legend and every name in its box, and no list row (list rows show the NIP).
    expect(gridPage).toContain("Peta Talenta ASN: Matriks 9 Kotak");
    expect(gridPage).toContain("Kotak hijau adalah kelompok rencana suksesi");
    expectEachNameInItsBox(text, input.numbering, new Map(people.map((p) => [p.name, p.box])));
    for (const item of people) {
      expect({ nip: item.nip, onGridPage: gridPage.includes(item.nip) }).toEqual({
        nip: item.nip,
        onGridPage: false,
      });
    }
    expect(gridPage).not.toContain("Baris yang tidak ditempatkan");

    // Later pages: the talent pool list in box order 9, 8, 7 with each box's meaning, then the
    // rows left out with their reasons.
    const later = listPages.join("\n");
    const nipBoxes = new Map(people.map((p) => [p.nip, p.box]));
    const pool = people.filter((p) => p.box >= 7);
    expect(listedBoxes(listPages, nipBoxes)).toEqual(
      [9, 8, 7].flatMap((box) => pool.filter((p) => p.box === box).map(() => box))
    );
    expect(later).toContain("9 (Kinerja di atas ekspektasi, potensial");
    expect(later).toContain("7 (Kinerja di atas ekspektasi, potensial");
    expect(later.indexOf("Kelompok rencana suksesi")).toBeLessThan(
      later.indexOf("Baris yang tidak ditempatkan")
    );
    for (const left of FIXTURE_LEFT_OUT) {
      expect(later).toContain(left.name);
      expect(later).toContain(left.reason);
    }
  });

  test("tricky names print literally", async () => {
    const input = reportInput(fixturePeople());
    const { text } = await renderPdf(await buildReportXlsx(input));

    // The box-9 name prints in its box and in the talent pool list; the others only in boxes.
    const lines = text.split("\n");
    expect(spotsOf(lines, TRICKY_NAMES[0])).toHaveLength(2);
    expect(spotsOf(lines, TRICKY_NAMES[1])).toHaveLength(1);
    expect(spotsOf(lines, TRICKY_NAMES[2]).length).toBeGreaterThan(0);
    // Evaluated as a formula, the first would print "klik" alone; read as a number, the second
    // "62812".
    expect(text.match(/klik/g)).toHaveLength(text.split(TRICKY_NAMES[0]).length - 1);
    expect(text).not.toContain("62812");
    expect(text).not.toContain("#NAME?");
  });

  test("full grid fits first page", async () => {
    const people = [];
    let row = 2;
    for (let box = 1; box <= 9; box++) {
      for (let index = 1; index <= 20; index++) {
        people.push(person(box, `${BOX_SURNAMES[box]} ${String(index).padStart(2, "0")}`, row++));
      }
    }
    const input = reportInput(people, { language: "en", numbering: "corporate" });
    const { pageTexts, pages } = await renderPdf(await buildReportXlsx(input));

    expect(pages).toBe(pageTexts.length);
    const [gridPage, ...listPages] = pageTexts;
    const boxByListedName = new Map<string, number>();
    for (let box = 1; box <= 9; box++) {
      for (const item of input.grid.boxes[box].slice(0, MAX_NAMES_IN_BOX - 1)) {
        boxByListedName.set(item.name, box);
      }
    }
    expectEachNameInItsBox(gridPage, input.numbering, boxByListedName);
    const rest = 20 - (MAX_NAMES_IN_BOX - 1);
    expect(gridPage.match(new RegExp(`\\+${rest} more: see the`, "g"))).toHaveLength(9);
    expect(gridPage).toContain("Green boxes are the talent pool");
    expect(gridPage).not.toMatch(/\b\d{18}\b/);

    // Every person is listed on a later page: the pool in corporate 9, 8, 6 order, then the full
    // lists of the other boxes, each row with its box's meaning.
    const nipBoxes = new Map(people.map((p) => [p.nip, p.box]));
    const listed = listedBoxes(listPages, nipBoxes);
    expect(listed.length).toBe(people.length);
    expect(listed.slice(0, 60)).toEqual([9, 8, 7].flatMap((box) => Array(20).fill(box)));
    const later = listPages.join("\n");
    expect(later).toContain("6 (Performance above expectations,");
    expect(later).toMatch(/1 \(Performance below\s+expectations,/);
  });

  test("long names keep more line visible", async () => {
    const input = reportInput(crowdedBox(), { language: "en" });
    const layout = buildReportLayout(input);
    const { row, column } = layout.boxCells[5];
    const block = layout.blocks.find(
      (item) => item.column === column && item.row <= row && row < item.row + item.values.length
    );
    const lines = String(block?.values[row - (block?.row ?? 0)][0]).split("\n");
    const { pageTexts } = await renderPdf(await buildReportXlsx(input));
    const gridPage = pageTexts[0];

    // Every word of every name line prints on page 1, so the row clips none of them.
    const names = lines.slice(0, -1);
    for (const word of names.join(" ").split(" ")) {
      expect({ word, printed: gridPage.includes(word) }).toEqual({ word, printed: true });
    }
    expect(names.some((line) => line.endsWith("…"))).toBe(true);
    const rest = 50 - names.length;
    expect(lines[lines.length - 1]).toBe(`+${rest} more: see the full list below`);
    expect(gridPage).toContain(`+${rest} more:`);
    expect(gridPage).toContain("list below");
  });

  test("filter printed on page 1", async () => {
    const input = { ...reportInput(fixturePeople()), filters: { agency: "Dinas A" } };
    const { pageTexts } = await renderPdf(await buildReportXlsx(input));

    expect(pageTexts[0]).toContain("Saringan: Unit kerja = Dinas A");
    expect(pageTexts[0]).toContain("hanya mencakup baris yang lolos saringan");
  });
});
