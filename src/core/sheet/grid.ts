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
  return DIGIT.test(key) ? key.replace(DIGIT_RUNS, (digits) => digits.padStart(15, "0")) : key;
}

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DIGIT = /\d/;
const DIGIT_RUNS = /\d+/g;

/** Sorts people by name (titles ignored, case and accents ignored), then by row number. */
export function sortByName(people: readonly Person[]): Person[] {
  const keyed = people.map((person) => ({ person, key: nameCompareKey(person.name) }));
  keyed.sort((a, b) => {
    if (a.key !== b.key) {
      return a.key < b.key ? -1 : 1;
    }
    return a.person.rowNumber - b.person.rowNumber;
  });
  return keyed.map((item) => item.person);
}

/** Sorts people into the nine government boxes, each box sorted by name. */
export function buildGrid(people: readonly Person[], leftOut: readonly LeftOutRow[]): TalentGrid {
  const boxes: Record<number, Person[]> = {};
  for (let box = 1; box <= 9; box++) {
    boxes[box] = [];
  }
  for (const person of people) {
    boxes[person.box].push(person);
  }
  for (let box = 1; box <= 9; box++) {
    boxes[box] = sortByName(boxes[box]);
  }
  return { boxes, leftOut, total: people.length };
}
