import { normalizeText } from "../language";
import { ColumnMapping, ColumnRole } from "./types";

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/** Columns a sheet needs before anyone can be placed: a name and both axes (or a box column). */
const REQUIRED_ROLES: readonly ColumnRole[] = ["name", "performance", "potential"];

/**
 * Header words per role, as token sequences after normalizing (lower case, punctuation removed).
 * A header matches a role when it contains one of the sequences as whole words. Roles are tried in
 * this order, so "Nama Unit" and "Nama Jabatan" become agency and position before "nama" can make
 * them a name, and "Jenjang Jabatan" becomes a grade before "jabatan" makes it a position.
 */
const HEADER_WORDS: readonly (readonly [ColumnRole, readonly string[]])[] = [
  ["box", ["kotak", "kotak talenta", "box", "9 box", "nine box", "talent box", "kuadran"]],
  [
    "agency",
    [
      "unit kerja",
      "nama unit",
      "unit organisasi",
      "perangkat daerah",
      "opd",
      "skpd",
      "instansi",
      "satuan kerja",
      "satker",
      "agency",
      "department",
      "organisation",
      "organization",
    ],
  ],
  ["grade", ["eselon", "jenjang", "golongan", "gol", "pangkat", "grade", "echelon"]],
  ["position", ["jabatan", "position", "job title", "title"]],
  [
    "nip",
    ["nip", "nip baru", "nomor induk pegawai", "employee id", "employee number", "id pegawai"],
  ],
  ["performance", ["kinerja", "performance", "predikat skp", "nilai skp", "skp"]],
  ["potential", ["potensial", "potensi", "potential"]],
  ["name", ["nama", "name"]],
];

/** Headers that number the rows ("No", "No.", "Nomor Urut") and are never data columns. */
const ROW_NUMBER_HEADERS = new Set(["no", "nomor", "no urut", "nomor urut", "number", "#"]);

/** One header cell that could hold a role. */
export interface ColumnCandidate {
  /** 0-based offset of the column in the values read. */
  readonly column: number;
  readonly header: string;
}

/** The result of looking for the header row and the columns under it. */
export interface HeaderDetection {
  readonly mapping: ColumnMapping;
  /** Every header cell matching each role, in column order. */
  readonly candidates: Partial<Record<ColumnRole, readonly ColumnCandidate[]>>;
  /** Text of every cell in the header row, by column offset ("" for blank cells). */
  readonly headers: readonly string[];
  /** True when a required column is missing or two columns compete for one. */
  readonly unsure: boolean;
  /** The roles behind an unsure result: missing ones and competing ones. */
  readonly missing: readonly ColumnRole[];
  /** Required roles that several columns match and the user has not picked; left unmapped. */
  readonly competing: readonly ColumnRole[];
}

/** Tokens of a header: lower case, punctuation turned into spaces ("NIP." -> ["nip"]). */
function headerTokens(text: string): string[] {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}#]+/gu, " ")
    .trim()
    .split(" ")
    .filter((token) => token !== "");
}

function containsSequence(tokens: readonly string[], sequence: readonly string[]): boolean {
  for (let start = 0; start + sequence.length <= tokens.length; start++) {
    if (sequence.every((word, offset) => tokens[start + offset] === word)) {
      return true;
    }
  }
  return false;
}

const WORD_SEQUENCES = HEADER_WORDS.map(
  ([role, phrases]) => [role, phrases.map((phrase) => phrase.split(" "))] as const
);

/** Returns the role a header names, or undefined for row-number columns and unknown headers. */
export function roleOfHeader(text: string): ColumnRole | undefined {
  const tokens = headerTokens(text);
  if (tokens.length === 0 || ROW_NUMBER_HEADERS.has(tokens.join(" "))) {
    return undefined;
  }
  for (const [role, sequences] of WORD_SEQUENCES) {
    if (sequences.some((sequence) => containsSequence(tokens, sequence))) {
      return role;
    }
  }
  return undefined;
}

/** Text of a header cell; numbers and other values are not headers. */
function headerText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function rolesOfRow(row: readonly unknown[]): Map<ColumnRole, ColumnCandidate[]> {
  const found = new Map<ColumnRole, ColumnCandidate[]>();
  row.forEach((value, column) => {
    const header = headerText(value);
    const role = header ? roleOfHeader(header) : undefined;
    if (role) {
      const list = found.get(role) ?? [];
      list.push({ column, header: header.trim() });
      found.set(role, list);
    }
  });
  return found;
}

/**
 * Joins the cells of a header that spans two rows, such as a merged "Nilai" above "Kinerja" and
 * "Potensial". Each joined cell is the lower cell where it names a role and the upper one does not,
 * else the upper one.
 */
function joinHeaderRows(upper: readonly unknown[], lower: readonly unknown[]): unknown[] {
  const width = Math.max(upper.length, lower.length);
  const joined: unknown[] = [];
  for (let column = 0; column < width; column++) {
    const top = headerText(upper[column]);
    const bottom = headerText(lower[column]);
    const useBottom = !roleOfHeader(top) && bottom !== "" && roleOfHeader(bottom) !== undefined;
    joined.push(useBottom ? bottom : upper[column]);
  }
  return joined;
}

/**
 * Finds the header row among the first rows of the values read: the row naming the most distinct
 * roles (the earliest on a tie), and maps each role to its matching column. A header split over two
 * rows counts as one, ending on its lower row. A sheet with no row naming two roles has no header:
 * header row -1, so every row is data, and an empty, unsure mapping. A required role that two
 * columns match is left unmapped until the user picks one, so no person is placed on a guess.
 */
export function detectHeaders(values: readonly (readonly unknown[])[]): HeaderDetection {
  let bestRow = -1;
  let bestCells: readonly unknown[] = [];
  let bestRoles = new Map<ColumnRole, ColumnCandidate[]>();
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);

  for (let row = 0; row < limit; row++) {
    const roles = rolesOfRow(values[row]);
    if (roles.size >= 2 && roles.size > bestRoles.size) {
      bestRow = row;
      bestCells = values[row];
      bestRoles = roles;
    }
    if (row + 1 < values.length && roles.size > 0) {
      const joined = joinHeaderRows(values[row], values[row + 1]);
      const joinedRoles = rolesOfRow(joined);
      if (joinedRoles.size > roles.size && joinedRoles.size > bestRoles.size) {
        bestRow = row + 1;
        bestCells = joined;
        bestRoles = joinedRoles;
      }
    }
  }

  // Without a header row the columns have no text, only letters, but the pickers need every column.
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const headers =
    bestRow >= 0
      ? bestCells.map((value) => headerText(value).trim())
      : Array.from({ length: width }, () => "");
  const candidates: Partial<Record<ColumnRole, readonly ColumnCandidate[]>> = {};
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [role, list] of bestRoles) {
    candidates[role] = list;
    if (list.length === 1 || !REQUIRED_ROLES.includes(role)) {
      columns[role] = list[0].column;
    }
  }
  return describeDetection({ headerRow: bestRow, columns }, candidates, headers);
}

/**
 * Applies the user's column choices over a detection. A choice of -1 removes a role; choices
 * pointing past the last column read are ignored.
 */
export function withColumnChoices(
  detection: HeaderDetection,
  choices: Partial<Record<ColumnRole, number>>
): HeaderDetection {
  const columns: Partial<Record<ColumnRole, number>> = { ...detection.mapping.columns };
  const chosen = new Set<ColumnRole>();
  for (const [role, column] of Object.entries(choices) as [ColumnRole, number][]) {
    if (column === -1) {
      delete columns[role];
      chosen.add(role);
    } else if (Number.isInteger(column) && column >= 0 && column < detection.headers.length) {
      columns[role] = column;
      chosen.add(role);
    }
  }
  return describeDetection(
    { headerRow: detection.mapping.headerRow, columns },
    detection.candidates,
    detection.headers,
    chosen
  );
}

function describeDetection(
  mapping: ColumnMapping,
  candidates: Partial<Record<ColumnRole, readonly ColumnCandidate[]>>,
  headers: readonly string[],
  chosen: ReadonlySet<ColumnRole> = new Set()
): HeaderDetection {
  const has = (role: ColumnRole) => mapping.columns[role] !== undefined;
  const competing = REQUIRED_ROLES.filter(
    (role) => !chosen.has(role) && !has(role) && (candidates[role]?.length ?? 0) > 1
  );
  // A box column places people on its own, so it replaces missing axis columns.
  const axesCovered = has("box") || (has("performance") && has("potential"));
  const missing = REQUIRED_ROLES.filter(
    (role) => !has(role) && !competing.includes(role) && (role === "name" || !axesCovered)
  );
  return {
    mapping,
    candidates,
    headers,
    unsure: missing.length > 0 || competing.length > 0,
    missing,
    competing,
  };
}
