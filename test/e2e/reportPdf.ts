import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convertBox } from "../../src/core";
import { Numbering } from "../../src/core/boxes";

/** Text of a PDF: all of it, each page's part, and the page count from pdfinfo. */
export interface PdfText {
  readonly text: string;
  /** One entry per page, split at the form feeds that pdftotext writes between pages. */
  readonly pageTexts: string[];
  readonly pages: number;
}

/**
 * Opens the .xlsx writer's file in real LibreOffice (converted to PDF headless, with a fresh
 * profile) and reads the pages back with poppler's pdftotext and pdfinfo.
 */
export async function renderPdf(xlsx: Uint8Array | ArrayBuffer): Promise<PdfText> {
  const folder = mkdtempSync(join(tmpdir(), "report-lo-"));
  try {
    const file = join(folder, "report.xlsx");
    writeFileSync(file, Buffer.from(xlsx as ArrayBuffer));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(folder, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        folder,
        file,
      ],
      { timeout: 110000, stdio: "pipe" }
    );
    const pdf = join(folder, "report.pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    // pdftotext ends every page, the last one included, with a form feed.
    const pageTexts = text.split("\f").slice(0, -1);
    return { text, pageTexts, pages };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface Spot {
  readonly line: number;
  readonly column: number;
}

/** Finds where each box header ("Kotak 9:" or "Box 9:") starts, by government box. */
export function boxHeaders(lines: string[], numbering: Numbering): Map<number, Spot> {
  const headers = new Map<number, Spot>();
  lines.forEach((text, line) => {
    for (const match of text.matchAll(/(?:Kotak|Box) (\d): /g)) {
      const box = convertBox(Number(match[1]), numbering, "permenpanrb");
      headers.set(box, { line, column: match.index ?? 0 });
    }
  });
  return headers;
}

/**
 * Finds every place where a name is a whole cell line. pdftotext -layout separates columns by two
 * or more spaces, so the name must have that gap (or the line's edge) on both sides. A single
 * space would also accept "Taufik Wijaya" inside "Ir. Taufik Wijaya".
 */
export function spotsOf(lines: string[], name: string): Spot[] {
  const spots: Spot[] = [];
  lines.forEach((text, line) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text.slice(Math.max(0, at - 2), at);
      const after = text.slice(at + name.length, at + name.length + 2);
      const startsCell = at === 0 || before === "  ";
      const endsCell = /^ *$/.test(after);
      if (startsCell && endsCell) {
        spots.push({ line, column: at });
      }
    }
  });
  return spots;
}

/**
 * Returns the box a spot falls in. Its column is the box header column whose start is nearest,
 * because pdftotext shifts short words by a few characters. Its row is the nearest header line
 * above the spot in that column.
 */
export function boxAt(spot: Spot, headers: Map<number, Spot>): number | undefined {
  const starts = [...new Set([...headers.values()].map((header) => header.column))];
  const column = starts.reduce((best, start) =>
    Math.abs(start - spot.column) < Math.abs(best - spot.column) ? start : best
  );
  let found: number | undefined;
  let foundLine = -1;
  for (const [box, header] of headers) {
    if (header.column === column && header.line <= spot.line && header.line > foundLine) {
      found = box;
      foundLine = header.line;
    }
  }
  return found;
}

/**
 * Checks that the grid is in the government layout and that each name prints in its box. The grid
 * is the first page, so only the text up to the first page break is read: the lists on the later
 * pages repeat names outside any box.
 */
export function expectEachNameInItsBox(
  text: string,
  numbering: Numbering,
  names: Map<string, number>
): void {
  const lines = text.split("\f")[0].split("\n");
  const headers = boxHeaders(lines, numbering);
  expect([...headers.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  // Government layout: performance high at the top (4, 7, 9), potential high at the right.
  const at = (box: number) => headers.get(box) as Spot;
  for (const row of [
    [4, 7, 9],
    [2, 5, 8],
    [1, 3, 6],
  ]) {
    expect(row.map((box) => at(box).column)).toEqual(
      [...row.map((box) => at(box).column)].sort((a, b) => a - b)
    );
    expect(new Set(row.map((box) => at(box).column)).size).toBe(3);
  }
  expect(at(4).line).toBeLessThan(at(2).line);
  expect(at(2).line).toBeLessThan(at(1).line);
  expect(at(9).line).toBeLessThan(at(8).line);
  expect(at(8).line).toBeLessThan(at(6).line);
  for (const [name, box] of names) {
    const spots = spotsOf(lines, name);
    expect({ name, found: spots.length > 0 }).toEqual({ name, found: true });
    for (const spot of spots) {
      expect({ name, box: boxAt(spot, headers) }).toEqual({ name, box });
    }
  }
}
