import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { AddressInfo } from "net";
import { BrowserContext, chromium, Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
};

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The built pane served on 127.0.0.1 and a headless Chromium whose requests stay local. */
export interface PreviewBrowser {
  /** "http://127.0.0.1:<port>", where dist/taskpane.html is served. */
  readonly origin: string;
  readonly page: Page;
  /** URLs the browser requested outside the local server; each one was aborted. */
  readonly blockedRequests: string[];
  /** Closes the browser and the server and deletes the browser profile. */
  close(): Promise<void>;
}

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

/**
 * Lets requests to the local server and blob: URLs through, redirects office.js from Microsoft's
 * CDN to the local copy, and aborts and records every other request.
 */
async function keepRequestsLocal(
  context: BrowserContext,
  origin: string,
  blockedRequests: string[]
): Promise<void> {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:")) {
      await route.continue();
    } else if (url.startsWith(CDN_PREFIX)) {
      const location = `${origin}/office-js/${url.slice(CDN_PREFIX.length)}`;
      await route.fulfill({ status: 302, headers: { Location: location } });
    } else {
      blockedRequests.push(url);
      await route.abort();
    }
  });
}

/**
 * Starts the server for the built pane (run `npm run build` first) and a headless Chromium with a
 * fresh profile named after profilePrefix. The page is blank, so a test can attach its handlers
 * before it loads `${origin}/taskpane.html`.
 */
export async function startPreviewBrowser(profilePrefix: string): Promise<PreviewBrowser> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing. Run `npm run build` before this test.");
  }
  const server = await startServer();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), profilePrefix));
  const stopServer = async (): Promise<void> => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(profile, { recursive: true, force: true });
  };

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/lib/chromium/chromium",
      headless: true,
      acceptDownloads: true,
      args: CHROMIUM_FLAGS,
    });
  } catch (error) {
    // Without this the open server keeps Jest from exiting after the failed launch.
    await stopServer();
    throw error;
  }

  const blockedRequests: string[] = [];
  await keepRequestsLocal(context, origin, blockedRequests);
  const page = context.pages()[0] ?? (await context.newPage());

  const close = async (): Promise<void> => {
    await context.close();
    await stopServer();
  };
  return { origin, page, blockedRequests, close };
}
