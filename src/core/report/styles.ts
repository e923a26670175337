import { CellStyle } from "./types";

/** Fills, as six hex digits. The talent pool's green also marks its legend. */
export const FILLS = {
  poolHeader: "A9D08E",
  pool: "E2EFDA",
  header: "E7E6E6",
  axis: "D9D9D9",
} as const;

export const STYLES = {
  title: { bold: true, fontSize: 16 },
  meta: { fontSize: 10 },
  legend: { fontSize: 10, wrap: true, vertical: "top" },
  axis: { bold: true, fill: FILLS.axis, horizontal: "center", vertical: "center", wrap: true },
  potentialLevel: { bold: true, fill: FILLS.header, horizontal: "center", outline: true },
  performanceLevel: {
    bold: true,
    fill: FILLS.header,
    horizontal: "center",
    vertical: "center",
    wrap: true,
    outline: true,
  },
  boxHeader: { bold: true, fontSize: 10, fill: FILLS.header, wrap: true, vertical: "top" },
  poolBoxHeader: { bold: true, fontSize: 10, fill: FILLS.poolHeader, wrap: true, vertical: "top" },
  boxStats: { italic: true, fontSize: 10 },
  poolBoxStats: { italic: true, fontSize: 10, fill: FILLS.pool },
  boxNames: { fontSize: 9, wrap: true, vertical: "top" },
  poolBoxNames: { fontSize: 9, wrap: true, vertical: "top", fill: FILLS.pool },
  outline: { outline: true },
  legendSwatch: { fill: FILLS.poolHeader, outline: true },
  sectionTitle: { bold: true, fontSize: 12 },
  tableHeader: { bold: true, fill: FILLS.axis, outline: true },
  tableBody: { fontSize: 10, wrap: true, vertical: "top", outline: true },
} satisfies Record<string, CellStyle>;
