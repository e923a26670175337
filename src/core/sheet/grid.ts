import { LeftOutRow, Person, TalentGrid } from "./types";

/** Academic and religious titles written before a name ("Dr. H. Ahmad" sorts under A). */
const TITLES_BEFORE = /^(?:(?:prof|dr|drs|dra|ir|h|hj|kh|apt|ns|drg|dr\s*\.?\s*ir)\.?\s+)+/i;

/**
 * Returns the part of a name that sorting uses: titles before the name and degrees after its first comma
 * ("Dr. H. Ahmad Fauzi, S.Kom., M.Si." sorts as "Ahmad Fauzi").
 */
export function nameSortKey(name: string): string {
  const comma = name.indexOf(",");
  const withoutDegrees = comma > 0 ? name.slice(0, comma) : name;
  return withoutDegrees.replace(TITLES_BEFORE, "").trim();
}

/**
 * Builds a key that sorts names by plain string comparison the way a reader expects. Titles and
 * degrees are dropped, case and accents ignored, and digit runs compared as numbers ("Staf 9"
 * before "Staf 10"). For names in the Latin alphabet, as Indonesian names are, the order matches
 * a collator's, and comparing prepared keys avoids calling Intl.Collator 100,000s of times.
 */
export function nameCompareKey(name: string): string {
  let key = nameSortKey(name).toLowerCase();
  // Most names are plain ASCII; only the others pay for decomposing accents.
  if (NON_ASCII.test(key)) {
    key = key.normalize("NFD").replace(COMBINING_MARKS, "");
  }
  return padDigitRuns(key);
}

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DIGIT_WIDTH = 15;
const ZEROS = "0".repeat(DIGIT_WIDTH);

/**
 * Pads every run of ASCII digits with leading zeros to 15 digits, so that plain string comparison
 * orders the runs as numbers. Longer runs are kept as they are. The runs are found by character
 * code because a regular-expression callback per run was slower on 100,000 names in Node 20.
 */
function padDigitRuns(key: string): string {
  let padded = "";
  let copiedUpTo = 0;
  let index = 0;
  while (index < key.length) {
    if (!isDigitCode(key.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < key.length && isDigitCode(key.charCodeAt(end))) {
      end++;
    }
    padded += key.slice(copiedUpTo, index);
    if (end - index < DIGIT_WIDTH) {
      padded += ZEROS.slice(end - index);
    }
    padded += key.slice(index, end);
    copiedUpTo = end;
    index = end;
  }
  return copiedUpTo === 0 ? key : padded + key.slice(copiedUpTo);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Sorts people by name (titles ignored, case and accents ignored), then by row number. */
export function sortByName(people: readonly Person[]): Person[] {
  const keys = people.map((person) => nameCompareKey(person.name));
  const order = people.map((_, index) => index);
  order.sort((a, b) => {
    const keyA = keys[a];
    const keyB = keys[b];
    if (keyA !== keyB) {
      return keyA < keyB ? -1 : 1;
    }
    return people[a].rowNumber - people[b].rowNumber;
  });
  return order.map((index) => people[index]);
}

/** Sorts people into the nine government boxes, each box sorted by name. */
export function buildGrid(people: readonly Person[], leftOut: readonly LeftOutRow[]): TalentGrid {
  return gridOfSortedPeople(sortByName(people), leftOut);
}

/**
 * Groups people already in name order (as sortByName returns them) into the nine government
 * boxes, keeping that order in each box. The pane sorts once per parse and then only filters.
 */
export function gridOfSortedPeople(
  sortedPeople: readonly Person[],
  leftOut: readonly LeftOutRow[]
): TalentGrid {
  const boxes: Record<number, Person[]> = {};
  for (let box = 1; box <= 9; box++) {
    boxes[box] = [];
  }
  for (const person of sortedPeople) {
    boxes[person.box].push(person);
  }
  return { boxes, leftOut, total: sortedPeople.length };
}
