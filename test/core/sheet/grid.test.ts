import {
  applyFilters,
  buildGrid,
  filterValues,
  gridOfSortedPeople,
  nameSortKey,
  nameCompareKey,
  sortByName,
  LeftOutRow,
  Person,
} from "../../../src/core/sheet";

function person(
  name: string,
  box: number,
  rowNumber: number,
  agency = "A",
  position = "Staf"
): Person {
  return {
    rowNumber,
    name,
    nip: String(rowNumber),
    agency,
    position,
    grade: "",
    performance: 2,
    potential: 2,
    box,
  };
}

describe("nameSortKey", () => {
  test.each([
    ["Dr. H. Ahmad Fauzi, S.Kom., M.Si.", "Ahmad Fauzi"],
    ["Hj. Siti Aminah", "Siti Aminah"],
    ["Ir. Budi", "Budi"],
    ["Drs. Cahyo, M.M.", "Cahyo"],
    ["Prof. Dr. Dewi", "Dewi"],
    ["Hendra", "Hendra"],
    ["Hadi Santoso", "Hadi Santoso"],
  ])("%s sorts as %s", (name, key) => {
    expect(nameSortKey(name)).toBe(key);
  });
});

describe("buildGrid", () => {
  test("people go to their boxes sorted", () => {
    const grid = buildGrid(
      [
        person("Dr. Zaenal", 9, 2),
        person("budi", 9, 3),
        person("Ahmad", 9, 4),
        person("Cici", 1, 5),
      ],
      []
    );

    expect(grid.boxes[9].map((item) => item.name)).toEqual(["Ahmad", "budi", "Dr. Zaenal"]);
    expect(grid.boxes[1]).toHaveLength(1);
    expect(grid.total).toBe(4);
  });

  test("empty boxes are empty lists", () => {
    const grid = buildGrid([], []);

    for (let box = 1; box <= 9; box++) {
      expect(grid.boxes[box]).toEqual([]);
    }
    expect(grid.total).toBe(0);
  });

  test("equal names keep row order", () => {
    const grid = buildGrid([person("Ani", 5, 9), person("Ani", 5, 3)], []);

    expect(grid.boxes[5].map((item) => item.rowNumber)).toEqual([3, 9]);
  });
});

describe("filters", () => {
  const people = [
    person("Ani", 9, 2, "Dinas A", "Analis"),
    person("Budi", 9, 3, "Dinas B", "Staf"),
  ];
  const leftOut: LeftOutRow[] = [
    { rowNumber: 4, name: "Cici", kind: "blank", reason: "x", agency: "Dinas B", position: "Staf" },
  ];

  test("values are distinct and sorted", () => {
    expect(filterValues(people, leftOut, "agency")).toEqual(["Dinas A", "Dinas B"]);
    expect(filterValues(people, leftOut, "grade")).toEqual([]);
  });

  test("agency filter keeps matching rows", () => {
    expect(applyFilters(people, { agency: "Dinas B" }).map((item) => item.name)).toEqual(["Budi"]);
    expect(applyFilters(leftOut, { agency: "Dinas A" })).toEqual([]);
  });

  test("filters combine", () => {
    expect(applyFilters(people, { agency: "Dinas A", position: "Staf" })).toEqual([]);
    expect(applyFilters(people, { position: "Analis" })).toHaveLength(1);
  });

  test("empty filter keeps all", () => {
    expect(applyFilters(people, { agency: "" })).toHaveLength(2);
  });
});

describe("nameCompareKey", () => {
  test.each([
    ["Staf 9", "Staf 10"],
    ["andi", "Budi"],
    ["Élia", "Fajar"],
    ["Dr. Zaenal", "Zulkifli"],
    ["H. Ahmad, S.E.", "Ahmad Fauzi"],
  ])("%s sorts before %s", (first, second) => {
    expect(nameCompareKey(first) < nameCompareKey(second)).toBe(true);
  });
});

describe("nameCompareKey digit runs", () => {
  test.each([
    ["Staf 9", "staf 000000000000009"],
    ["Pegawai 12 Nomor 3", "pegawai 000000000000012 nomor 000000000000003"],
    ["7b", "000000000000007b"],
    ["Nomor 1234567890123456", "nomor 1234567890123456"],
    ["Ani", "ani"],
  ])("%s has key %s", (name, key) => {
    expect(nameCompareKey(name)).toBe(key);
  });
});

describe("gridOfSortedPeople", () => {
  test("matches buildGrid on sorted people", () => {
    const people = [
      person("Staf 10", 5, 4),
      person("Staf 9", 5, 3),
      person("budi", 1, 2),
      person("Ani", 5, 9),
      person("Ani", 5, 1),
    ];
    const grid = gridOfSortedPeople(sortByName(people), []);
    expect(grid).toEqual(buildGrid(people, []));
    expect(grid.boxes[5].map((item) => item.rowNumber)).toEqual([1, 9, 3, 4]);
  });
});
