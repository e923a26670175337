import { detectHeaders, roleOfHeader, withColumnChoices } from "../../../src/core/sheet";

describe("roleOfHeader", () => {
  test.each([
    ["Nama", "name"],
    ["Nama Pegawai", "name"],
    ["Employee name", "name"],
    ["NIP", "nip"],
    ["NIP Baru", "nip"],
    ["Employee ID", "nip"],
    ["Unit Kerja", "agency"],
    ["Perangkat Daerah", "agency"],
    ["OPD", "agency"],
    ["Instansi", "agency"],
    ["Nama Unit", "agency"],
    ["Agency", "agency"],
    ["Jabatan", "position"],
    ["Nama Jabatan", "position"],
    ["Position", "position"],
    ["Eselon", "grade"],
    ["Jenjang Jabatan", "grade"],
    ["Pangkat/Gol.", "grade"],
    ["Grade", "grade"],
    ["Kinerja", "performance"],
    ["Nilai Kinerja", "performance"],
    ["Predikat SKP", "performance"],
    ["Performance", "performance"],
    ["Potensial", "potential"],
    ["Nilai Potensial", "potential"],
    ["Potential", "potential"],
    ["Kotak Talenta", "box"],
    ["Box", "box"],
  ])("%s is %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  test.each([["No"], ["No."], ["Nomor Urut"], ["Keterangan"], [""]])("%s has no role", (header) => {
    expect(roleOfHeader(header)).toBeUndefined();
  });
});

const TITLE_ROWS = [
  ["PEMERINTAH KOTA CONTOH", "", "", ""],
  ["Daftar Nilai Kinerja dan Potensial", "", "", ""],
  ["", "", "", ""],
];

describe("detectHeaders", () => {
  test.each([0, 3, 4, 7])("finds the header below %i title rows", (titleRows) => {
    const titles = Array.from({ length: titleRows }, (_, index) =>
      index < TITLE_ROWS.length ? TITLE_ROWS[index] : ["", "", "", ""]
    );
    const values = [...titles, ["No", "Nama", "Kinerja", "Potensial"], [1, "Ani", 80, 90]];

    const detection = detectHeaders(values);

    expect(detection.mapping.headerRow).toBe(titleRows);
    expect(detection.mapping.columns).toEqual({ name: 1, performance: 2, potential: 3 });
    expect(detection.unsure).toBe(false);
  });

  test("Nama Unit is the agency beside Nama", () => {
    const detection = detectHeaders([["Nama", "Nama Unit", "Kinerja", "Potensial"]]);

    expect(detection.mapping.columns.name).toBe(0);
    expect(detection.mapping.columns.agency).toBe(1);
    expect(detection.unsure).toBe(false);
  });

  test("two performance columns make it unsure", () => {
    const detection = detectHeaders([["Nama", "Nilai Kinerja", "Predikat Kinerja", "Potensial"]]);

    expect(detection.unsure).toBe(true);
    expect(detection.competing).toEqual(["performance"]);
    expect(detection.candidates.performance?.map((item) => item.column)).toEqual([1, 2]);
    expect(detection.mapping.columns.performance).toBeUndefined();
    expect(detection.missing).toEqual([]);
  });

  test("missing potential makes it unsure", () => {
    const detection = detectHeaders([["Nama", "NIP", "Kinerja"]]);

    expect(detection.unsure).toBe(true);
    expect(detection.missing).toEqual(["potential"]);
  });

  test("a box column stands in for the axes", () => {
    const detection = detectHeaders([["Nama", "NIP", "Kotak"]]);

    expect(detection.unsure).toBe(false);
    expect(detection.mapping.columns.box).toBe(2);
  });

  test("no header anywhere is unsure", () => {
    const detection = detectHeaders([
      ["Ani", 80, 90],
      ["Budi", 70, 60],
    ]);

    expect(detection.unsure).toBe(true);
    expect(detection.missing).toEqual(["name", "performance", "potential"]);
    expect(detection.mapping.headerRow).toBe(-1);
    expect(detection.headers).toEqual(["", "", ""]);
  });

  test("header split over two rows", () => {
    const values = [
      ["Laporan", "", "", ""],
      ["No", "Nama", "Nilai", ""],
      ["", "", "Kinerja", "Potensial"],
      [1, "Ani", 85, 90],
    ];

    const detection = detectHeaders(values);

    expect(detection.mapping.headerRow).toBe(2);
    expect(detection.mapping.columns).toEqual({ name: 1, performance: 2, potential: 3 });
    expect(detection.headers).toEqual(["No", "Nama", "Kinerja", "Potensial"]);
  });

  test("header beyond the search rows is not found", () => {
    const values = [
      ...Array.from({ length: 20 }, () => ["", ""]),
      ["Nama", "Kinerja", "Potensial"],
    ];

    expect(detectHeaders(values).unsure).toBe(true);
  });
});

describe("withColumnChoices", () => {
  test("choice settles competing columns", () => {
    const detection = detectHeaders([["Nama", "Nilai Kinerja", "Predikat Kinerja", "Potensial"]]);

    const chosen = withColumnChoices(detection, { performance: 2 });

    expect(chosen.mapping.columns.performance).toBe(2);
    expect(chosen.unsure).toBe(false);
  });

  test("choice fills a missing column", () => {
    const detection = detectHeaders([["Nama", "Kinerja", "Skor B"]]);

    const chosen = withColumnChoices(detection, { potential: 2 });

    expect(chosen.mapping.columns.potential).toBe(2);
    expect(chosen.unsure).toBe(false);
  });

  test("choice outside the columns is ignored", () => {
    const detection = detectHeaders([["Nama", "Kinerja", "Skor B"]]);

    const chosen = withColumnChoices(detection, { potential: 9 });

    expect(chosen.mapping.columns.potential).toBeUndefined();
    expect(chosen.unsure).toBe(true);
  });

  test("choice of -1 removes a column", () => {
    const detection = detectHeaders([["Nama", "Kinerja", "Potensial", "Jabatan"]]);

    const chosen = withColumnChoices(detection, { position: -1 });

    expect(chosen.mapping.columns.position).toBeUndefined();
  });
});
