export * from "./types";
export * from "./headers";
export * from "./parse";
export * from "./grid";
export * from "./filters";
export * from "./address";
export * from "./leftOutReasons";
