import { OfficeMockObject } from "office-addin-mock";

/**
 * An Excel host built on office-addin-mock for the pane's Office.js seam. Every range the code
 * requests is a mock object whose loaded properties become readable after context.sync. The mock
 * also counts syncs, records selected addresses and keeps saved workbook settings.
 */
export interface ExcelHostMock {
  /** context.sync calls since the mock was made or last reset. */
  syncCount: number;
  /** Addresses passed to Range.select, in order. */
  readonly selected: string[];
  /** Workbook settings as Office.context.document.settings stores them. */
  readonly settings: Record<string, unknown>;
  /** Number of settings.saveAsync calls. */
  saveCount: number;
  /** Replaces the sheet's values; call fireChanged to tell the pane. */
  setValues(values: unknown[][]): void;
  /** Raises worksheets.onChanged as Excel does after an edit. */
  fireChanged(): Promise<void>;
}

export interface ExcelHostOptions {
  values: unknown[][];
  /** 0-based row and column where the used range starts. */
  firstRow?: number;
  firstColumn?: number;
  sheetName?: string;
  displayLanguage?: string;
  settings?: Record<string, unknown>;
}

type Handler = (event: unknown) => Promise<void>;

export function installExcelHost(options: ExcelHostOptions): ExcelHostMock {
  let values = options.values;
  const firstRow = options.firstRow ?? 0;
  const firstColumn = options.firstColumn ?? 0;
  const pending: OfficeMockObject[] = [];
  const handlers: Handler[] = [];

  const host: ExcelHostMock = {
    syncCount: 0,
    selected: [],
    settings: { ...(options.settings ?? {}) },
    saveCount: 0,
    setValues(next) {
      values = next;
    },
    async fireChanged() {
      await Promise.all(handlers.map((handler) => handler({ type: "WorksheetChanged" })));
    },
  };

  function usedRange(): OfficeMockObject {
    const width = values.reduce((max, row) => Math.max(max, row.length), 0);
    const range = new OfficeMockObject({
      rowIndex: firstRow,
      columnIndex: firstColumn,
      rowCount: values.length,
      columnCount: width,
    });
    // Office.js fills isNullObject on sync without a load, so it is a plain property here.
    (range as unknown as { isNullObject: boolean }).isNullObject = values.length === 0;
    return range;
  }

  function rangeByIndexes(row: number, column: number, rows: number, columns: number) {
    const slice = values
      .slice(row - firstRow, row - firstRow + rows)
      .map((cells) =>
        Array.from({ length: columns }, (_, offset) => cells[column - firstColumn + offset] ?? "")
      );
    return new OfficeMockObject({ values: slice });
  }

  function worksheet(): OfficeMockObject {
    return new OfficeMockObject({
      id: "{SHEET-1}",
      name: options.sheetName ?? "Data",
      getUsedRangeOrNullObject: () => track(usedRange()),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        track(rangeByIndexes(row, column, rows, columns)),
      getRange: (address: string) => ({ select: () => host.selected.push(address) }),
      activate: () => undefined,
    });
  }

  function track(object: OfficeMockObject): OfficeMockObject {
    pending.push(object);
    return object;
  }

  const registration = (handler: Handler) => {
    handlers.push(handler);
    return {
      context: excel.context,
      remove: () => handlers.splice(handlers.indexOf(handler), 1),
    };
  };

  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getActiveWorksheet: () => track(worksheet()),
          getItem: () => track(worksheet()),
          onActivated: { add: registration },
          onChanged: { add: registration },
        },
      },
      sync: async () => {
        host.syncCount++;
        for (const object of pending.splice(0)) {
          await object.sync();
        }
      },
    },
    run: async (...args: unknown[]) => {
      const callback = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return callback(excel.context);
    },
  }) as unknown as { context: unknown };

  const office = {
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (key: string) => host.settings[key] ?? null,
          set: (key: string, value: unknown) => {
            host.settings[key] = value;
          },
          saveAsync: (callback: (result: { status: string }) => void) => {
            host.saveCount++;
            callback({ status: "succeeded" });
          },
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Excel: "Excel" },
  };

  const globals = globalThis as unknown as { Excel: unknown; Office: unknown };
  globals.Excel = excel;
  globals.Office = office;
  return host;
}
