import { LeftOutRow, Person } from "./types";

/** Columns the pane can filter by: any categorical column the sheet has. */
export type FilterRole = "agency" | "position" | "grade";

export const FILTER_ROLES: readonly FilterRole[] = ["agency", "position", "grade"];

/** The value each filter keeps; a missing or empty value keeps every row. */
export type Filters = Partial<Record<FilterRole, string>>;

/** Collects the distinct non-blank values of a column among people and rows left out, sorted. */
export function filterValues(
  people: readonly Person[],
  leftOut: readonly LeftOutRow[],
  role: FilterRole
): string[] {
  const values = new Set<string>();
  for (const rows of [people, leftOut]) {
    for (const row of rows) {
      const value = row[role];
      if (value) {
        values.add(value);
      }
    }
  }
  return [...values].sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base" }));
}

/** True when a row passes every active filter. */
export function matchesFilters(row: Person | LeftOutRow, filters: Filters): boolean {
  for (const role of FILTER_ROLES) {
    const expected = filters[role];
    if (expected && (row[role] ?? "") !== expected) {
      return false;
    }
  }
  return true;
}

/** Keeps the people and rows left out that pass the filters. */
export function applyFilters<T extends Person | LeftOutRow>(
  rows: readonly T[],
  filters: Filters
): readonly T[] {
  const active = FILTER_ROLES.some((role) => filters[role]);
  return active ? rows.filter((row) => matchesFilters(row, filters)) : rows;
}
