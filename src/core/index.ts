export * from "./problems";
export * from "./language";
export * from "./levels";
export * from "./cutoffs";
export * from "./coerce";
export * from "./boxes";
export * from "./kpi";
