/** The letters of a 0-based column index, as Excel names columns (0 -> "A", 26 -> "AA"). */
export function columnLetter(index: number): string {
  let letters = "";
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
