export * from "./types";
export * from "./layout";
export * from "./address";
export * from "./page";
export { MAX_LINES_IN_BOX, MAX_LINES_PER_NAME, MAX_NAMES_IN_BOX } from "./grid";
export { TALENT_POOL_ORDER } from "./lists";
export { REPORT_TEXT, formatBoxNumber, formatReportDate } from "./text";
