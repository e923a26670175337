/** Excel's limit on the length of a worksheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel rejects in a worksheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * Returns a worksheet name that no existing sheet has: the base name, or the base name followed by
 * " (2)", " (3)" and so on. Excel compares sheet names without regard to case, so this does too.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const clean = cleanSheetName(base);
  if (!taken.has(clean.toLowerCase())) {
    return clean;
  }
  for (let copy = 2; ; copy++) {
    const suffix = ` (${copy})`;
    const name = clean.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) {
      return name;
    }
  }
}

/** Removes the characters Excel rejects, the apostrophes it rejects at either end, and excess length. */
function cleanSheetName(base: string): string {
  const name = base
    .replace(FORBIDDEN, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
  return name === "" ? "9-Box" : name;
}
