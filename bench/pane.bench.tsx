/* eslint-disable no-undef */
// Prints task pane figures for 1,000, 10,000 and 100,000 staff rows. For each size: parse and
// aggregate time, and the time from values arriving to the matrix drawn (React into a jsdom
// document). Also the context.sync count of reading through office-addin-mock and the DOM size.
import { performance } from "perf_hooks";
import { JSDOM } from "jsdom";
import type { SheetValues } from "../src/core/sheet/types";

const SIZES = [1000, 10000, 100000];
const AGENCIES = [
  "Dinas Pendidikan",
  "Dinas Kesehatan",
  "Sekretariat Daerah",
  "Bappeda",
  "Dinas PU",
];
const POTENTIAL_WORDS = ["rendah", "menengah", "tinggi"];

/** Builds a staff sheet like an agency export: three title rows, the header, then one row per person. */
function staffSheet(rows: number): SheetValues {
  const values: unknown[][] = [
    ["PEMERINTAH KOTA CONTOH", "", "", "", "", "", "", ""],
    ["Pemetaan Talenta", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["No", "Nama", "NIP", "Jabatan", "Eselon", "Unit Kerja", "Nilai Kinerja", "Nilai Potensial"],
  ];
  for (let index = 0; index < rows; index++) {
    const performanceScore = 40 + ((index * 37) % 60);
    const potential = index % 5 === 0 ? POTENTIAL_WORDS[index % 3] : 40 + ((index * 53) % 60);
    values.push([
      index + 1,
      `Pegawai ${index % 997} Nomor ${index}`,
      `19800101200501${String(index).padStart(4, "0")}`,
      `Jabatan ${index % 40}`,
      `IV.${"abcd"[index % 4]}`,
      AGENCIES[index % AGENCIES.length],
      index % 250 === 0 ? "" : performanceScore,
      potential,
    ]);
  }
  return { sheetId: "bench", sheetName: "Bench", firstRow: 0, firstColumn: 0, values };
}

/** Makes jsdom's window the global one, as a browser would have it, before React loads. */
function installDom(): JSDOM {
  const dom = new JSDOM('<!doctype html><html><body><div id="container"></div></body></html>', {
    pretendToBeVisual: true,
    url: "http://127.0.0.1/taskpane.html",
  });
  const globals = globalThis as unknown as Record<string, unknown>;
  const window = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (!(key in globals)) {
      globals[key] = window[key];
    }
  }
  globals.window = dom.window;
  globals.document = dom.window.document;
  globals.navigator = dom.window.navigator;
  // Fluent's MessageBar observes its size; jsdom has no layout, so nothing resizes.
  const noResize = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  globals.ResizeObserver = noResize;
  window.ResizeObserver = noResize;
  return dom;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCompute(sheet: SheetValues): number {
  // Loaded here so the DOM exists before any Fluent module reads window.
  const { detectHeaders, parseSheet, buildGrid, filterValues } = require("../src/core/sheet");
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const detection = detectHeaders(sheet.values);
    const parsed = parseSheet(sheet, detection.mapping);
    buildGrid(parsed.people, parsed.leftOut);
    for (const role of ["agency", "position", "grade"]) {
      filterValues(parsed.people, parsed.leftOut, role);
    }
    times.push(performance.now() - start);
  }
  return median(times);
}

async function waitFor(condition: () => boolean): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 20000) {
      throw new Error(
        `The pane did not draw within 20 s: ${document.body.innerHTML.slice(0, 2000)}`
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Time from handing the values to the pane until the nine boxes and the total are drawn. */
async function timeDraw(
  sheet: SheetValues,
  placed: number
): Promise<{ ms: number; nodes: number }> {
  const React = require("react");
  const { createRoot } = require("react-dom/client");
  const { FluentProvider, webLightTheme } = require("@fluentui/react-components");
  const { App } = require("../src/taskpane/components/App");
  const container = document.getElementById("container") as HTMLElement;
  const source = {
    inExcel: true,
    displayLanguage: () => "id-ID",
    readActiveSheet: async () => ({ sheet, syncCount: 0 }),
    selectRow: async () => undefined,
    subscribe: async () => () => undefined,
    loadChoices: () => null,
    saveChoices: async () => undefined,
  };

  const start = performance.now();
  const root = createRoot(container);
  root.render(
    React.createElement(
      FluentProvider,
      { theme: webLightTheme },
      React.createElement(App, { source })
    )
  );
  await waitFor(
    () =>
      container.querySelector(`[data-total="${placed}"]`) !== null &&
      container.querySelectorAll("[data-box]").length === 9
  );
  const ms = performance.now() - start;
  const nodes = container.getElementsByTagName("*").length;
  root.unmount();
  return { ms, nodes };
}

async function timeRead(sheet: SheetValues): Promise<{ ms: number; syncs: number }> {
  const { installExcelHost } = require("../test/taskpane/excelMock");
  const { readActiveSheet } = require("../src/taskpane/excel/readSheet");
  const host = installExcelHost({ values: sheet.values as unknown[][] });
  const start = performance.now();
  await readActiveSheet();
  const ms = performance.now() - start;
  return { ms, syncs: host.syncCount };
}

export async function run(): Promise<void> {
  // The shipped bundle is a production build; React's development checks would dominate the draw.
  process.env.NODE_ENV = "production";
  installDom();
  const { detectHeaders, parseSheet } = require("../src/core/sheet");
  console.log("rows      parse+aggregate  draw (values to DOM)  syncs  read via mock  DOM nodes");
  const placedIn = (sheet: SheetValues) =>
    parseSheet(sheet, detectHeaders(sheet.values).mapping).people.length;
  // A first small draw loads and warms React and Fluent, as the pane has done before values arrive.
  const warmUp = staffSheet(10);
  await timeDraw(warmUp, placedIn(warmUp));
  for (const rows of SIZES) {
    const sheet = staffSheet(rows);
    const placed = placedIn(sheet);
    const compute = timeCompute(sheet);
    const draw = await timeDraw(sheet, placed);
    const read = await timeRead(sheet);
    console.log(
      `${String(rows).padEnd(9)} ${compute.toFixed(1).padStart(10)} ms ${draw.ms.toFixed(1).padStart(15)} ms` +
        `  ${String(read.syncs).padStart(5)}  ${read.ms.toFixed(1).padStart(10)} ms  ${String(draw.nodes).padStart(9)}`
    );
  }
  console.log(
    "Draw includes parse and aggregate. Aim: 100,000 rows drawn within 500 ms after the values arrive."
  );
}
