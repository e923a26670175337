import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { AddressInfo } from "net";
import { BrowserContext, chromium, Page } from "playwright-core";
import { MAX_NAMES_IN_BOX } from "../../src/core/report";
import { boxAt, boxHeaders, expectEachNameInItsBox, renderPdf } from "./reportPdf";

/**
 * The preview's "Download 9-box .xlsx" in real headless Chromium, on the built pane (run
 * `npm run build` first): the downloaded file, opened by LibreOffice, shows the pane's matrix.
 */
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves dist at / and office.js at /office-js/, from disk, on 127.0.0.1 only. */
function startServer(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const [root, relative] = url.pathname.startsWith("/office-js/")
      ? [OFFICE_JS, url.pathname.slice("/office-js/".length)]
      : [DIST, url.pathname.slice(1)];
    const file = path.resolve(root, decodeURIComponent(relative));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    // office.js arrives through a redirect from the CDN address, so it is a cross-origin script
    // for the page. Without this header Chromium blocks the files office.js loads next.
    response.writeHead(200, { "Content-Type": type, "Access-Control-Allow-Origin": "*" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let server: http.Server;
let context: BrowserContext;
let page: Page;
let profile: string;
const blocked: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing. Run `npm run build` before this test.");
  }
  server = await startServer();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "report-e2e-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/lib/chromium/chromium",
    headless: true,
    acceptDownloads: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:")) {
      await route.continue();
    } else if (url.startsWith(CDN_PREFIX)) {
      // The page names Microsoft's CDN; the same file is served from the local package instead.
      const location = `${origin}/office-js/${url.slice(CDN_PREFIX.length)}`;
      await route.fulfill({ status: 302, headers: { Location: location } });
    } else {
      blocked.push(url);
      await route.abort();
    }
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/taskpane.html`);
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profile) {
    fs.rmSync(profile, { recursive: true, force: true });
  }
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
  expect(blocked).toEqual([]);
});
