/** Names of this add-in's custom functions, in the ASN namespace of the manifest. */
export const ADDIN_FUNCTIONS = [
  "TALENTBOX",
  "KPISTATUS",
  "BOXMEANING",
  "BOXACTIONS",
  "INTALENTPOOL",
  "KPIACHIEVEMENT",
  "KPIBAND",
] as const;

const ADDIN_CALL = new RegExp(`(^|[^A-Za-z0-9_.])ASN\\.(${ADDIN_FUNCTIONS.join("|")})\\s*\\(`, "i");

/**
 * True when a formula calls one of this add-in's functions anywhere, for example
 * "=IF(A2="",,ASN.TALENTBOX(B2,C2))". Text inside string literals does not count, so
 * ="see ASN.TALENTBOX(" is left alone.
 */
export function callsAddinFunction(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) {
    return false;
  }
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return ADDIN_CALL.test(withoutStrings);
}

/**
 * True when Excel would read a text value as something else if it were written back as a value:
 * a formula, a sign-led entry, a number, a date such as "1/2" or a logical value. Such cells get
 * the text number format first.
 */
export function needsTextFormat(value: unknown): boolean {
  if (typeof value !== "string" || value === "") {
    return false;
  }
  if (/^[=+\-@]/.test(value)) {
    return true;
  }
  const trimmed = value.trim();
  if (trimmed === "") {
    return false;
  }
  if (!Number.isNaN(Number(trimmed)) || /^\d{1,4}[/.-]\d{1,2}/.test(trimmed)) {
    return true;
  }
  return /^(true|false)$/i.test(trimmed);
}
