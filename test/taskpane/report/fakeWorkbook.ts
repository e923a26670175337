import { OfficeMockObject } from "office-addin-mock";

/**
 * A small workbook model behind office-addin-mock objects, for the report and sharing writers.
 *
 * Writing values follows Excel's rule for typed entries, so a test gets what a real Excel would
 * store. A string written to a cell whose number format is not "@" becomes a formula when it starts
 * with "=" and a number when it reads as one. Every write is logged in order.
 */
export interface FakeCell {
  value: unknown;
  /** The formula, or the value itself for a constant (as Range.formulas reports it). */
  formula: unknown;
  numberFormat: string;
}

export interface WriteLog {
  readonly sheet: string;
  readonly property: "values" | "numberFormat";
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Spill extents by anchor "row,column". */
  readonly spills = new Map<string, { rowCount: number; columnCount: number }>();

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: "", numberFormat: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Sets a constant or, for a string starting with "=", a formula with a computed value. */
  set(row: number, column: number, formula: unknown, value: unknown = formula): void {
    const cell = this.cell(row, column);
    cell.formula = formula;
    cell.value = value;
  }

  /** Writes a value the way Excel parses an entry into a cell with the cell's number format. */
  enter(row: number, column: number, value: unknown): void {
    const cell = this.cell(row, column);
    if (typeof value === "string" && cell.numberFormat !== "@") {
      if (value.startsWith("=")) {
        cell.formula = value;
        cell.value = "(computed)";
        return;
      }
      const number = Number(value.replace(/\s/g, ""));
      if (value.trim() !== "" && !Number.isNaN(number)) {
        cell.formula = number;
        cell.value = number;
        return;
      }
    }
    cell.formula = value;
    cell.value = value;
  }
}

export interface FakeWorkbook {
  readonly sheets: FakeSheet[];
  readonly log: WriteLog[];
  readonly charts: { sheet: string; type: string; series: string[] }[];
  readonly pageLayouts: Map<string, Record<string, unknown>>;
  syncCount: number;
  readonly context: Excel.RequestContext;
}

export function createFakeWorkbook(sheets: FakeSheet[]): FakeWorkbook {
  const mocks: OfficeMockObject[] = [];
  const book: FakeWorkbook = {
    sheets,
    log: [],
    charts: [],
    pageLayouts: new Map(),
    syncCount: 0,
    context: undefined as unknown as Excel.RequestContext,
  };

  function track<T extends OfficeMockObject>(mock: T): T {
    mocks.push(mock);
    return mock;
  }

  function rangeMock(
    sheet: FakeSheet,
    row: number,
    column: number,
    rowCount: number,
    columnCount: number
  ) {
    const read = (pick: (cell: FakeCell) => unknown) =>
      Array.from({ length: rowCount }, (_, r) =>
        Array.from({ length: columnCount }, (_, c) => {
          const cell = sheet.cells.get(`${row + r},${column + c}`);
          return cell ? pick(cell) : "";
        })
      );
    const snapshot = {
      values: read((cell) => cell.value),
      formulas: read((cell) => cell.formula),
      numberFormat: read((cell) => cell.numberFormat),
    };
    const mock = track(
      new OfficeMockObject({
        ...snapshot,
        rowIndex: row,
        columnIndex: column,
        rowCount,
        columnCount,
        format: {
          font: {},
          fill: {},
          borders: { getItem: () => ({}) },
          columnWidth: 0,
          rowHeight: 0,
        },
        merge: () => undefined,
        getSpillingToRangeOrNullObject: () => {
          const spill = sheet.spills.get(`${row},${column}`);
          if (!spill || rowCount !== 1 || columnCount !== 1) {
            return nullObject({ rowIndex: 0, columnIndex: 0, values: [] });
          }
          return rangeMock(sheet, row, column, spill.rowCount, spill.columnCount);
        },
      })
    );
    setNullObject(mock, false);
    for (const property of ["values", "numberFormat"] as const) {
      interceptWrites(mock, property, snapshot[property], (matrix) => {
        book.log.push({ sheet: sheet.name, property, row, column, rowCount, columnCount });
        (matrix as unknown[][]).forEach((line, r) =>
          line.forEach((item, c) => {
            if (property === "numberFormat") {
              sheet.cell(row + r, column + c).numberFormat = String(item);
            } else {
              sheet.enter(row + r, column + c, item);
            }
          })
        );
      });
    }
    return mock;
  }

  function nullObject(properties: Record<string, unknown>) {
    const mock = track(new OfficeMockObject(properties));
    setNullObject(mock, true);
    return mock;
  }

  function sheetMock(sheet: FakeSheet) {
    const mock = track(
      new OfficeMockObject({
        name: sheet.name,
        getRange: (address: string) => {
          const { row, column, rowCount, columnCount } = parseAddress(address);
          return rangeMock(sheet, row, column, rowCount, columnCount);
        },
        getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
          rangeMock(sheet, row, column, rowCount, columnCount),
        getUsedRangeOrNullObject: () => {
          const keys = [...sheet.cells.entries()]
            .filter(([, cell]) => cell.formula !== "" || cell.value !== "")
            .map(([key]) => key.split(",").map(Number));
          if (keys.length === 0) {
            return nullObject({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
          }
          const rows = keys.map(([r]) => r);
          const columns = keys.map(([, c]) => c);
          const top = Math.min(...rows);
          const left = Math.min(...columns);
          return rangeMock(
            sheet,
            top,
            left,
            Math.max(...rows) - top + 1,
            Math.max(...columns) - left + 1
          );
        },
        pageLayout: {
          setPrintArea: (area: string) => (layoutOf(sheet).printArea = area),
        },
        // Page breaks (ExcelApi 1.9) are accepted and not recorded here.
        horizontalPageBreaks: { add: () => undefined },
        charts: {
          add: (type: string) => {
            const chart = { sheet: sheet.name, type, series: [] as string[] };
            book.charts.push(chart);
            return {
              title: {},
              legend: {},
              axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
              series: {
                add: (name: string) => {
                  chart.series.push(name);
                  return { setXAxisValues: () => undefined, setValues: () => undefined };
                },
              },
              setPosition: () => undefined,
            };
          },
        },
      })
    );
    // The report writer sets orientation and zoom by assignment; keep them for the assertions.
    const pageLayout = (mock as unknown as { pageLayout: Record<string, unknown> }).pageLayout;
    for (const property of ["orientation", "zoom"]) {
      Object.defineProperty(pageLayout, property, {
        set: (value) => (layoutOf(sheet)[property] = value),
        get: () => layoutOf(sheet)[property],
      });
    }
    mock.load("name");
    return mock;
  }

  function layoutOf(sheet: FakeSheet): Record<string, unknown> {
    if (!book.pageLayouts.has(sheet.name)) {
      book.pageLayouts.set(sheet.name, {});
    }
    return book.pageLayouts.get(sheet.name)!;
  }

  const sheetMocks = new Map<FakeSheet, OfficeMockObject>();
  const mockOf = (sheet: FakeSheet) => {
    if (!sheetMocks.has(sheet)) {
      sheetMocks.set(sheet, sheetMock(sheet));
    }
    return sheetMocks.get(sheet)!;
  };

  const worksheets = track(
    new OfficeMockObject({
      items: [],
      add: (name: string) => {
        if (sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
          throw new Error(`A sheet named "${name}" already exists.`);
        }
        const sheet = new FakeSheet(name);
        sheets.push(sheet);
        return mockOf(sheet);
      },
      getItem: (name: string) => {
        const sheet = sheets.find((item) => item.name.toLowerCase() === name.toLowerCase());
        if (!sheet) {
          throw new Error(`Sheet "${name}" not found.`);
        }
        return mockOf(sheet);
      },
    })
  );
  // "items/name" loads the collection; the sheet mocks already have their names loaded.
  const loadCollection = worksheets.load.bind(worksheets);
  (worksheets as unknown as { load: (what: string) => void }).load = () => {
    // setValue is public in the library's documentation but private in its type declarations.
    const settable = worksheets as unknown as { setValue(name: string, value: unknown): void };
    settable.setValue(
      "items",
      sheets.map((sheet) => mockOf(sheet))
    );
    loadCollection("items");
  };

  const context = new OfficeMockObject({ workbook: {} });
  (context as unknown as { workbook: { worksheets: unknown } }).workbook.worksheets = worksheets;
  context.sync = async () => {
    book.syncCount++;
    for (const mock of [...mocks]) {
      await mock.sync();
    }
    // office-addin-mock updates loaded properties in callbacks it does not await.
    await new Promise((resolve) => setImmediate(resolve));
  };
  (book as { context: Excel.RequestContext }).context = context as unknown as Excel.RequestContext;
  return book;
}

/** Office.js reports isNullObject after a sync without a load, so it is a plain field here. */
function setNullObject(mock: OfficeMockObject, isNull: boolean): void {
  (mock as unknown as { isNullObject: boolean }).isNullObject = isNull;
}

/**
 * Logs assignments to a property made by the code under test. office-addin-mock itself assigns
 * the loaded value (the snapshot array) or one of its error strings; those are stored silently.
 */
function interceptWrites(
  mock: OfficeMockObject,
  property: string,
  snapshot: unknown,
  onWrite: (value: unknown) => void
): void {
  let current = (mock as unknown as Record<string, unknown>)[property];
  Object.defineProperty(mock, property, {
    configurable: true,
    get: () => current,
    set: (value: unknown) => {
      const internal =
        value === snapshot || (typeof value === "string" && value.startsWith("Error, "));
      current = value;
      if (!internal) {
        onWrite(value);
      }
    },
  });
}

export function parseAddress(address: string): {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
} {
  const [first, last = first] = address.replace(/\$/g, "").split(":");
  const parse = (ref: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!match) {
      throw new Error(`Address "${address}" is not an A1 reference.`);
    }
    const column =
      [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(match[2]) - 1, column };
  };
  const start = parse(first);
  const end = parse(last);
  return {
    row: start.row,
    column: start.column,
    rowCount: end.row - start.row + 1,
    columnCount: end.column - start.column + 1,
  };
}
