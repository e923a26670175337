import { loadBuiltFunctions } from "../test/project/builtFunctions";

const ROWS = 100_000;
const WARM_UP_RUNS = 10;
const RUNS = 15;

const PERFORMANCE_WORDS = ["di atas ekspektasi", "Sesuai Ekspektasi", "di bawah ekspektasi"];
const POTENTIAL_WORDS = ["Tinggi", "menengah", "RENDAH", "sedang"];

/** A deterministic generator, so every run measures the same inputs. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Mixed sheet columns: mostly numeric scores with two decimals, one row in five a level word, one
 * in fifty a number stored as text, and one in a hundred blank (null or 0).
 */
function levelColumn(words: string[], next: () => number): unknown[][] {
  const column: unknown[][] = new Array(ROWS);
  for (let row = 0; row < ROWS; row++) {
    const pick = next();
    let cell: unknown = Math.round((40 + next() * 60) * 100) / 100;
    if (pick < 0.01) {
      cell = row % 2 === 0 ? null : 0;
    } else if (pick < 0.03) {
      cell = String(cell);
    } else if (pick < 0.23) {
      cell = words[row % words.length];
    }
    column[row] = [cell];
  }
  return column;
}

function countColumns(next: () => number): { done: unknown[][]; planned: unknown[][] } {
  const done: unknown[][] = new Array(ROWS);
  const planned: unknown[][] = new Array(ROWS);
  for (let row = 0; row < ROWS; row++) {
    const plannedCount = Math.floor(next() * 20);
    planned[row] = [plannedCount === 0 && row % 2 === 0 ? null : plannedCount];
    done[row] = [Math.floor(next() * (plannedCount + 3))];
  }
  return { done, planned };
}

/** Reads every input cell once and does nothing else: the floor the functions are compared to. */
function readEveryCell(first: unknown[][], second: unknown[][]): number {
  let numbers = 0;
  for (let row = 0; row < first.length; row++) {
    if (typeof first[row][0] === "number") numbers++;
    if (typeof second[row][0] === "number") numbers++;
  }
  return numbers;
}

/** Reads every input cell once and builds a result of one cell per row: the floor with output. */
function readAndBuildResult(first: unknown[][], second: unknown[][]): unknown[][] {
  const result: unknown[][] = [];
  for (let row = 0; row < first.length; row++) {
    result[row] = [typeof first[row][0] === "number" && typeof second[row][0] === "number"];
  }
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median time of a task after warm-up runs, which let the JIT compile the loop first. */
function time(task: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  for (let run = 0; run < WARM_UP_RUNS; run++) {
    task();
  }
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    task();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function report(name: string, milliseconds: number, floor: number): void {
  const rowsPerSecond = Math.round(ROWS / (milliseconds / 1000)).toLocaleString("en-US");
  const ratio = (milliseconds / floor).toFixed(1);
  console.log(
    `${name.padEnd(10)} ${milliseconds.toFixed(2).padStart(8)} ms  ${rowsPerSecond.padStart(12)} rows/s  ${ratio}x the floor`
  );
}

export async function run(): Promise<void> {
  const functions = loadBuiltFunctions();
  const talentBox = functions.get("TALENTBOX");
  const kpiStatus = functions.get("KPISTATUS");
  if (!talentBox || !kpiStatus) {
    throw new Error(
      "dist/functions.js did not associate TALENTBOX and KPISTATUS; run npm run build."
    );
  }

  const next = random(20260101);
  const performance = levelColumn(PERFORMANCE_WORDS, next);
  const potential = levelColumn(POTENTIAL_WORDS, next);
  const { done, planned } = countColumns(next);

  // The first calls run before the JIT has compiled anything, as the first recalculation does.
  let start = process.hrtime.bigint();
  const boxes = talentBox(performance, potential, null, null, null) as unknown[][];
  const coldTalent = Number(process.hrtime.bigint() - start) / 1e6;
  start = process.hrtime.bigint();
  const statuses = kpiStatus(done, planned, null, null) as unknown[][];
  const coldKpi = Number(process.hrtime.bigint() - start) / 1e6;
  if (boxes.length !== ROWS || statuses.length !== ROWS) {
    throw new Error("a function did not return one result per row");
  }

  const talentFloor = time(() => readEveryCell(performance, potential));
  const kpiFloor = time(() => readEveryCell(done, planned));
  const buildFloor = time(() => readAndBuildResult(performance, potential));
  const talentTime = time(() => talentBox(performance, potential, null, null, null));
  const kpiTime = time(() => kpiStatus(done, planned, null, null));

  console.log(
    `${ROWS.toLocaleString("en-US")} rows, built dist/functions.js in a bare vm context, ` +
      `median of ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs, Node ${process.version}`
  );
  console.log(
    `floor      ${talentFloor.toFixed(2).padStart(8)} ms  (read every input cell once; ` +
      `${kpiFloor.toFixed(2)} ms for the KPI columns)`
  );
  console.log(
    `with result ${buildFloor.toFixed(2).padStart(8)} ms  ` +
      `(${(buildFloor / talentFloor).toFixed(1)}x the floor: read every cell and build a 100,000 x 1 result)`
  );
  report("TALENTBOX", talentTime, talentFloor);
  report("KPISTATUS", kpiTime, kpiFloor);
  console.log(
    `first call before warm-up: TALENTBOX ${coldTalent.toFixed(1)} ms, KPISTATUS ${coldKpi.toFixed(1)} ms`
  );
}
