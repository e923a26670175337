import { Page } from "playwright-core";
import {
  BOX_LEVELS,
  exportedSheetFixture,
  expectedCounts,
  StaffFixture,
  tableFixture,
} from "../fixtures/staffWorkbooks";
import { PreviewBrowser, startPreviewBrowser } from "./previewBrowser";

let browser: PreviewBrowser;
let page: Page;
let loadedAt = 0;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await startPreviewBrowser("pane-e2e-");
  page = browser.page;
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${browser.origin}/taskpane.html`);
  loadedAt = Date.now();
});

afterAll(async () => {
  await browser?.close();
});

async function boxCounts(): Promise<number[]> {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const boxes = await page
    .locator("[data-box]")
    .evaluateAll((elements) =>
      elements.map((element) => [
        Number(element.getAttribute("data-box")),
        Number(element.getAttribute("data-count")),
      ])
    );
  for (const [box, count] of boxes) {
    counts[box] = count;
  }
  return counts;
}

async function openFixture(fixture: StaffFixture, name: string, sheetName: string): Promise<void> {
  await page.getByLabel(/Open a workbook|Buka buku kerja/).setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: fixture.data,
  });
  await page.locator(`[data-file-name="${name}"]`).waitFor();
  await page.locator(`[data-sheet="${sheetName}"]`).waitFor();
}

test("preview shows the sample matrix", async () => {
  await page.locator("[data-box]").first().waitFor();

  expect(await page.locator("[data-box]").count()).toBe(9);
  const counts = await boxCounts();
  const total = counts.reduce((sum, count) => sum + count, 0);
  expect(total).toBeGreaterThan(50);
  expect(await page.locator("[data-total]").getAttribute("data-total")).toBe(String(total));
  expect(Number(await page.locator("[data-left-out]").getAttribute("data-left-out"))).toBe(4);
  await expect(page.locator("[data-warning=duplicate-nip]").count()).resolves.toBe(1);
});

test("exported sheet: every box count", async () => {
  const fixture = await exportedSheetFixture();
  await openFixture(fixture, "rekap-uji.xlsx", "Rekap");
  await page
    .locator("[data-total]")
    .filter({ hasText: String(fixture.people.length) })
    .waitFor();

  const counts = await boxCounts();
  const expected = expectedCounts(fixture.people);
  for (let box = 1; box <= 9; box++) {
    expect({ box, count: counts[box] }).toEqual({ box, count: expected[box] });
  }
});

test("exported sheet: rows left out", async () => {
  const fixture = await exportedSheetFixture();
  const items = page.locator("[data-left-out] li");

  expect(await items.count()).toBe(fixture.leftOut.length);
  for (const row of fixture.leftOut) {
    const item = page.locator(`[data-left-out] li[data-row="${row.rowNumber}"]`);
    await expect(item.textContent()).resolves.toContain(row.name);
    await expect(item.textContent()).resolves.toContain(row.reasonWord);
  }
});

test("hostile names stay plain text", async () => {
  const box9 = page.locator('[data-box="9"]');
  const box1 = page.locator('[data-box="1"]');

  await expect(
    box9.getByText("<img src=x onerror=alert(1)>", { exact: true }).count()
  ).resolves.toBe(1);
  await expect(box1.getByText("=1+1", { exact: true }).count()).resolves.toBe(1);
  expect(await page.locator("#container img").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("clicking a name reports its row", async () => {
  const fixture = await exportedSheetFixture();
  const name = fixture.people.find((person) => person.box === 5)?.name ?? "";

  await page.locator('[data-box="5"]').getByText(name, { exact: true }).click();

  await page.getByText(/Row \d+ of "Rekap" selected|Baris \d+ di "Rekap" dipilih/).waitFor();
});

test("agency filter changes the counts", async () => {
  const fixture = await exportedSheetFixture();

  await page.locator("select[data-filter=agency]").selectOption("Dinas Kesehatan");

  const counts = await boxCounts();
  const expected = expectedCounts(fixture.people, "Dinas Kesehatan");
  for (let box = 1; box <= 9; box++) {
    expect({ box, count: counts[box] }).toEqual({ box, count: expected[box] });
  }
  // The rows left out all belong to the other agency.
  expect(await page.locator("[data-left-out]").count()).toBe(0);
  await page.locator("select[data-filter=agency]").selectOption("");
});

test("corporate numbering moves nobody", async () => {
  const before = await boxCounts();

  await page.getByLabel(/^(Corporate|Korporat)$/).check();

  expect(await boxCounts()).toEqual(before);
  for (const [box, [performance, potential]] of Object.entries(BOX_LEVELS)) {
    const label = await page.locator(`[data-box="${box}"]`).getAttribute("data-label-number");
    expect({ box, label }).toEqual({ box, label: String(3 * (potential - 1) + performance) });
  }
  await page.getByLabel(/^PermenPANRB/).check();
});

test("table with two performance columns asks", async () => {
  const fixture = await tableFixture();
  await openFixture(fixture, "staff-table.xlsx", "Staff");
  await page.locator("[data-warning=competing-columns]").waitFor();
  // No person is placed on a guessed column, so the matrix waits for the pick.
  expect(await page.locator("[data-box]").count()).toBe(0);

  await page
    .locator("select[data-role=performance]")
    .selectOption({ label: "G: Final performance" });

  await page.locator("[data-warning=competing-columns]").waitFor({ state: "detached" });
  const counts = await boxCounts();
  const expected = expectedCounts(fixture.people);
  for (let box = 1; box <= 9; box++) {
    expect({ box, count: counts[box] }).toEqual({ box, count: expected[box] });
  }
});

test("Apply buttons clickable at every width", async () => {
  const original = page.viewportSize();
  const apply = page.getByRole("button", { name: /^(Apply|Terapkan)$/ });
  expect(await apply.count()).toBe(2);

  for (const width of [320, 450, 500, 700, 1000]) {
    await page.setViewportSize({ width, height: 900 });
    for (let index = 0; index < 2; index++) {
      const button = apply.nth(index);
      await button.scrollIntoViewIfNeeded();
      // The element drawn at the button's centre is the button (or its label), not a neighbour.
      const onTop = await button.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
        return hit !== null && element.contains(hit);
      });
      expect({ width, index, onTop }).toEqual({ width, index, onTop: true });
      await button.click({ trial: true, timeout: 2000 });
    }
  }
  if (original) {
    await page.setViewportSize(original);
  }
});

test("corrupt file gets a plain message", async () => {
  const bytes = Buffer.alloc(64);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);

  await page.getByLabel(/Open a workbook|Buka buku kerja/).setInputFiles({
    name: "rusak.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });

  const message = page.getByText(/"rusak\.xlsx" (could not be read|tidak dapat dibaca)/);
  await message.waitFor();
  expect(await message.textContent()).not.toMatch(/https?:|jszip/i);
  // The workbook opened before stays on show.
  expect(await page.locator('[data-sheet="Staff"]').count()).toBe(1);
});

test("no request left the machine", async () => {
  // Outside Office, office.js tries to add a telemetry frame 3 s after loading; wait past that.
  await page.waitForTimeout(Math.max(0, loadedAt + 4000 - Date.now()));

  expect(browser.blockedRequests).toEqual([]);
});
