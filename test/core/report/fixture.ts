import { DEFAULT_CUTOFFS, boxOf, positionOf } from "../../../src/core";
import { LeftOutRow, Person, ReportInput } from "../../../src/core/sheet/types";
import { Numbering } from "../../../src/core/boxes";
import { Language } from "../../../src/core/language";
import { ReportLayout, ReportValue } from "../../../src/core/report";

/** Builds a person in a government box, with scores inside that box's bands on the default cut-offs. */
export function person(box: number, name: string, rowNumber: number, scored = true): Person {
  const { performance, potential } = positionOf(box);
  const score = (level: number) => [50, 70, 90][level - 1] + (rowNumber % 7);
  return {
    rowNumber,
    name,
    nip: `1980010120050110${String(rowNumber % 100).padStart(2, "0")}`,
    agency: `Dinas ${box}`,
    position: `Analis ${box}`,
    grade: "III/c",
    performance,
    potential,
    box: boxOf(performance, potential),
    ...(scored && { performanceScore: score(performance), potentialScore: score(potential) }),
  };
}

/** Sorts people into a grid the way the sheet reader does: by box, each box sorted by name. */
export function reportInput(
  people: Person[],
  options: { language?: Language; numbering?: Numbering; leftOut?: LeftOutRow[] } = {}
): ReportInput {
  const boxes: Record<number, Person[]> = {};
  for (let box = 1; box <= 9; box++) {
    boxes[box] = people
      .filter((item) => item.box === box)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return {
    sourceSheet: "Data Pegawai",
    date: new Date(2026, 11, 4),
    cutoffs: { performance: DEFAULT_CUTOFFS, potential: DEFAULT_CUTOFFS },
    numbering: options.numbering ?? "permenpanrb",
    language: options.language ?? "id",
    grid: { boxes, leftOut: options.leftOut ?? [], total: people.length },
  };
}

/** Distinctive names: one surname per box so a name shows which box it belongs to. */
export const BOX_SURNAMES: Record<number, string> = {
  1: "Abdullah",
  2: "Baskoro",
  3: "Cahyono",
  4: "Darmawan",
  5: "Effendi",
  6: "Firmansyah",
  7: "Gunawan",
  8: "Hidayat",
  9: "Irawan",
};

/** Names that a spreadsheet could mistake for a formula, a number or an empty value. */
export const TRICKY_NAMES = ['=HYPERLINK("http://127.0.0.1/x","klik")', "+62 812", "-"];

/** Two or three people per box with distinctive names, plus the tricky names in boxes 9, 5, 1. */
export function fixturePeople(): Person[] {
  const people: Person[] = [];
  let row = 5;
  for (let box = 1; box <= 9; box++) {
    const count = 2 + (box % 2);
    for (let index = 1; index <= count; index++) {
      people.push(person(box, `${BOX_SURNAMES[box]} Putra${index}`, row++));
    }
  }
  people.push(person(9, TRICKY_NAMES[0], row++));
  people.push(person(5, TRICKY_NAMES[1], row++));
  people.push(person(1, TRICKY_NAMES[2], row++));
  return people;
}

export const FIXTURE_LEFT_OUT: LeftOutRow[] = [
  { rowNumber: 40, name: "Joko Susilo", kind: "blank", reason: "Performance is blank." },
  {
    rowNumber: 41,
    name: "Kartika Sari",
    kind: "range",
    reason: "Potential 140 is outside the scale.",
  },
];

/** Builds a name of about 290 characters whose words after the first two occur nowhere else. */
export function longName(index: number): string {
  const words = Array.from({ length: 16 }, (_, word) => `Kusumaningrum${index}k${word}`);
  return `Effendi ${String(index).padStart(2, "0")} ${words.join(" ")}`;
}

/** Builds box 5 with 50 people in name order, every fifth with a name of about 290 characters. */
export function crowdedBox(): Person[] {
  return Array.from({ length: 50 }, (_, index) =>
    person(
      5,
      index % 5 === 0 ? longName(index) : `Effendi ${String(index).padStart(2, "0")}`,
      10 + index
    )
  );
}

/** Collects every written cell of a layout, keyed by "row,column". */
export function cellsOf(layout: ReportLayout): Map<string, ReportValue> {
  const cells = new Map<string, ReportValue>();
  for (const block of layout.blocks) {
    block.values.forEach((line, row) =>
      line.forEach((value, column) =>
        cells.set(`${block.row + row},${block.column + column}`, value)
      )
    );
  }
  return cells;
}

/** Returns the text of one cell of a layout, by 0-based row and column. */
export function textAt(layout: ReportLayout, row: number, column: number): string {
  return String(cellsOf(layout).get(`${row},${column}`));
}
