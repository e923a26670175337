import { rangeAddress } from "../../core/report/address";
import { ReportChart, ValueBlock } from "../../core/report/types";
import { writeBlock } from "./reportWriter";

/**
 * Requirement set of the chart: series.add, setXAxisValues, setValues and a series' own chart type
 * (needed to draw the cut-offs as lines over the scatter) arrive in ExcelApi 1.7.
 */
export const CHART_API_VERSION = "1.7";

/** Queues the chart's data block and the native chart on the report sheet. */
export function addChart(sheet: Excel.Worksheet, chart: ReportChart): void {
  if (chart.kind === "column") {
    writeBlock(sheet, chart.counts);
    const source = sheet.getRange(rangeAddress(blockRange(chart.counts)));
    const added = sheet.charts.add("ColumnClustered", source, "Columns");
    added.title.text = chart.title;
    added.legend.visible = false;
    place(sheet, added, chart);
    return;
  }

  writeBlock(sheet, chart.points);
  const points = sheet.getRange(rangeAddress(blockRange(chart.points)));
  const added = sheet.charts.add("XYScatter", points, "Columns");
  added.title.text = chart.title;
  added.axes.categoryAxis.title.text = chart.xAxisTitle;
  added.axes.valueAxis.title.text = chart.yAxisTitle;

  for (const line of chart.cutoffLines) {
    writeBlock(sheet, line);
    const name = String(line.values[0][0]);
    const series = added.series.add(name);
    series.chartType = "XYScatterLinesNoMarkers";
    series.setXAxisValues(sheet.getRange(rangeAddress(dataColumn(line, 0))));
    series.setValues(sheet.getRange(rangeAddress(dataColumn(line, 1))));
  }
  place(sheet, added, chart);
}

function place(sheet: Excel.Worksheet, added: Excel.Chart, chart: ReportChart): void {
  const { row, column, rowCount, columnCount } = chart.position;
  const start = rangeAddress({ row, column, rowCount: 1, columnCount: 1 });
  const end = rangeAddress({
    row: row + rowCount - 1,
    column: column + columnCount - 1,
    rowCount: 1,
    columnCount: 1,
  });
  added.setPosition(sheet.getRange(start), sheet.getRange(end));
}

function blockRange(block: ValueBlock) {
  return {
    row: block.row,
    column: block.column,
    rowCount: block.values.length,
    columnCount: block.values[0].length,
  };
}

/** One column of a block, without its header row. */
function dataColumn(block: ValueBlock, offset: number) {
  return {
    row: block.row + 1,
    column: block.column + offset,
    rowCount: block.values.length - 1,
    columnCount: 1,
  };
}
