import * as fs from "fs";
import { Page } from "playwright-core";
import { MAX_NAMES_IN_BOX } from "../../src/core/report";
import { PreviewBrowser, startPreviewBrowser } from "./previewBrowser";
import { boxAt, boxHeaders, expectEachNameInItsBox, renderPdf } from "./reportPdf";

/**
 * The preview's "Download 9-box .xlsx" in real headless Chromium, on the built pane (run
 * `npm run build` first): the downloaded file, opened by LibreOffice, shows the pane's matrix.
 */
let browser: PreviewBrowser;
let page: Page;

beforeAll(async () => {
  browser = await startPreviewBrowser("report-e2e-");
  page = browser.page;
  await page.goto(`${browser.origin}/taskpane.html`);
});

afterAll(async () => {
  await browser?.close();
});

/** Count and the first names of each box as the pane shows them, by government box. */
async function paneBoxes(): Promise<Map<number, { count: number; names: string[] }>> {
  const boxes = await page.locator("[data-box]").evaluateAll((elements) =>
    elements.map((element) => ({
      box: Number(element.getAttribute("data-box")),
      count: Number(element.getAttribute("data-count")),
      names: [...element.querySelectorAll("li")].map((item) => item.textContent ?? ""),
    }))
  );
  return new Map(boxes.map(({ box, count, names }) => [box, { count, names }]));
}

test("downloaded page matches the pane", async () => {
  await page.locator("[data-box]").first().waitFor();
  const boxes = await paneBoxes();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Download 9-box \.xlsx|Unduh 9-box \.xlsx/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^9-box-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  await page
    .getByRole("status")
    .filter({ hasText: /\.xlsx/ })
    .waitFor();

  // The grid fills the first page; the talent pool list and the rows left out follow.
  const { pageTexts, pages } = await renderPdf(fs.readFileSync(file));
  expect(pages).toBe(pageTexts.length);
  expect(pages).toBeGreaterThan(1);
  const gridPage = pageTexts[0];

  // The pane shows government numbers by default; names cut to what a box cell lists.
  // A name found in two boxes (the sample repeats a person under a duplicate NIP) cannot show
  // which box a printed copy belongs to, so only names unique to one box are checked.
  const names = new Map<string, number>();
  const repeated = new Set<string>();
  for (const [box, { names: shown }] of boxes) {
    for (const name of shown.slice(0, MAX_NAMES_IN_BOX - 1)) {
      if (names.has(name) && names.get(name) !== box) {
        repeated.add(name);
      }
      names.set(name, box);
    }
  }
  for (const name of repeated) {
    names.delete(name);
  }
  expect(names.size).toBeGreaterThan(20);
  expectEachNameInItsBox(gridPage, "permenpanrb", names);

  // Each box's count line ("12 orang (..." or "12 people (...") equals the pane's data-count.
  const lines = gridPage.split("\n");
  const headers = boxHeaders(lines, "permenpanrb");
  const printed = new Map<number, number>();
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/(\d+) (?:orang|person|people) \(/g)) {
      const box = boxAt({ line: index, column: match.index ?? 0 }, headers);
      if (box !== undefined) {
        printed.set(box, Number(match[1]));
      }
    }
  });
  for (const [box, { count }] of boxes) {
    expect({ box, count: printed.get(box) }).toEqual({ box, count });
  }
  expect(browser.blockedRequests).toEqual([]);
});
