import { Problem, problem } from "./problems";

/** Wording of user-facing text. Chosen by an argument, never by the user's Office language. */
export type Language = "id" | "en";

export const DEFAULT_LANGUAGE: Language = "id";

const LANGUAGE_NAMES: Record<string, Language> = {
  id: "id",
  ind: "id",
  indonesia: "id",
  indonesian: "id",
  "bahasa indonesia": "id",
  en: "en",
  eng: "en",
  english: "en",
  inggris: "en",
};

/**
 * Reads a language argument; blank means the default, Indonesian. 0 counts as blank, because Excel
 * desktop passes a reference to an empty cell as 0.
 */
export function readLanguage(value: unknown): Language | Problem {
  if (value === null || value === undefined || value === "" || value === 0) {
    return DEFAULT_LANGUAGE;
  }
  const key = typeof value === "string" ? normalizeText(value) : "";
  const language = LANGUAGE_NAMES[key];
  if (language) {
    return language;
  }
  return problem(
    "invalid",
    `Language "${String(value)}" is not supported. Use "id" for Indonesian or "en" for English.`
  );
}

/**
 * Lower-cases text and folds every run of spaces, tabs and non-breaking spaces into one space, so
 * that words typed by hand or pasted from web pages compare equal.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .toLowerCase();
}
