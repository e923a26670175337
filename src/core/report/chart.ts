import { convertBox } from "../boxes";
import { Cutoffs } from "../cutoffs";
import { Person, ReportInput } from "../sheet/types";
import { cellRange } from "./builder";
import { REPORT_TEXT, formatBoxNumber } from "./text";
import { ReportChart, ReportValue, ValueBlock } from "./types";

/** First column of the chart's data, to the right of everything a reader looks at (column O). */
export const CHART_DATA_COLUMN = 14;

/** Chart position: beside the grid, outside the print area (columns G to M). */
const CHART_POSITION = cellRange(7, 6, 14, 7);

/**
 * Chooses the chart: a scatter of scores when every placed person has a numeric performance and
 * potential score, otherwise a column chart of the count per box. Returns null when no person was placed.
 */
export function chartFor(input: ReportInput): ReportChart | null {
  const people = Object.values(input.grid.boxes).flat();
  if (people.length === 0) {
    return null;
  }
  const text = REPORT_TEXT[input.language];
  const scored = people.every(
    (person) => person.performanceScore !== undefined && person.potentialScore !== undefined
  );
  if (!scored) {
    const rows: ReportValue[][] = [];
    for (let shownNumber = 1; shownNumber <= 9; shownNumber++) {
      const box = convertBox(shownNumber, input.numbering, "permenpanrb");
      const label = `${text.box} ${formatBoxNumber(box, input.numbering, input.language)}`;
      rows.push([label, (input.grid.boxes[box] ?? []).length]);
    }
    return {
      kind: "column",
      title: text.chartColumn,
      counts: {
        row: 0,
        column: CHART_DATA_COLUMN,
        values: [[text.box, text.peopleColumn], ...rows],
      },
      position: CHART_POSITION,
    };
  }
  return scatterChart(people, input);
}

function scatterChart(people: Person[], input: ReportInput): ReportChart {
  const text = REPORT_TEXT[input.language];
  const potentialTitle = input.language === "id" ? "Potensial" : "Potential";
  const performanceTitle = input.language === "id" ? "Kinerja" : "Performance";
  const points: ValueBlock = {
    row: 0,
    column: CHART_DATA_COLUMN,
    values: [
      [potentialTitle, performanceTitle],
      ...people.map((person) => [
        person.potentialScore as number,
        person.performanceScore as number,
      ]),
    ],
  };

  const potentialSpan = span(
    input.cutoffs.potential,
    people.map((p) => p.potentialScore as number)
  );
  const performanceSpan = span(
    input.cutoffs.performance,
    people.map((p) => p.performanceScore as number)
  );
  const { performance, potential } = input.cutoffs;
  const lines: [string, number, number, number, number][] = [
    [
      `${potentialTitle} ${potential.lower.value}`,
      potential.lower.value,
      performanceSpan[0],
      potential.lower.value,
      performanceSpan[1],
    ],
    [
      `${potentialTitle} ${potential.upper.value}`,
      potential.upper.value,
      performanceSpan[0],
      potential.upper.value,
      performanceSpan[1],
    ],
    [
      `${performanceTitle} ${performance.lower.value}`,
      potentialSpan[0],
      performance.lower.value,
      potentialSpan[1],
      performance.lower.value,
    ],
    [
      `${performanceTitle} ${performance.upper.value}`,
      potentialSpan[0],
      performance.upper.value,
      potentialSpan[1],
      performance.upper.value,
    ],
  ];
  const cutoffLines = lines.map(([name, x1, y1, x2, y2], index) => ({
    row: 4 * index,
    column: CHART_DATA_COLUMN + 3,
    values: [
      [name, ""],
      [x1, y1],
      [x2, y2],
    ] as ReportValue[][],
  }));

  return {
    kind: "scatter",
    title: text.chartScatter,
    xAxisTitle: potentialTitle,
    yAxisTitle: performanceTitle,
    points,
    cutoffLines,
    position: CHART_POSITION,
  };
}

/** Returns the axis span of a scale. A scale without a top ends at the highest score. */
function span(cutoffs: Cutoffs, scores: number[]): [number, number] {
  if (Number.isFinite(cutoffs.max)) {
    return [cutoffs.min, cutoffs.max];
  }
  // A loop, not Math.max(...scores): spreading 100,000 arguments overflows the call stack.
  let top = cutoffs.upper.value;
  for (const score of scores) {
    top = Math.max(top, score);
  }
  return [cutoffs.min, top];
}
