import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseStringPromise } from "xml2js";
import { DIST } from "./builtFunctions";

const ROOT = path.resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";

/** One XML element as xml2js returns it with explicitArray: element name, attributes, children. */
interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

async function parseManifest(file: string): Promise<Element> {
  const xml = fs.readFileSync(file, "utf8");
  // strict mode rejects XML that is not well-formed instead of repairing it.
  const parsed = await parseStringPromise(xml, {
    strict: true,
    explicitChildren: true,
    preserveChildrenOrder: true,
    charsAsChildren: false,
  });
  const [rootName] = Object.keys(parsed);
  return toElement(rootName, parsed[rootName]);
}

function toElement(name: string, node: Record<string, unknown>): Element {
  const children = ((node.$$ as Record<string, unknown>[] | undefined) ?? []).map((child) =>
    toElement(child["#name"] as string, child)
  );
  return {
    name,
    attributes: (node.$ as Record<string, string>) ?? {},
    text: typeof node._ === "string" ? node._.trim() : "",
    children,
  };
}

function all(element: Element): Element[] {
  return [element, ...element.children.flatMap(all)];
}

function child(element: Element | undefined, name: string): Element | undefined {
  return element?.children.find((candidate) => candidate.name === name);
}

function urlsOf(root: Element): string[] {
  const urls: string[] = [];
  for (const element of all(root)) {
    for (const value of Object.values(element.attributes)) {
      if (
        /^[a-z]+:\/\//i.test(value) &&
        !value.includes("schemas.microsoft.com") &&
        !value.includes("www.w3.org")
      ) {
        urls.push(value);
      }
    }
    if (/^[a-z]+:\/\//i.test(element.text)) {
      urls.push(element.text);
    }
  }
  return urls;
}

describe("built manifest.xml", () => {
  let root: Element;

  beforeAll(async () => {
    root = await parseManifest(path.join(DIST, "manifest.xml"));
  });

  test("is a task pane OfficeApp for Excel", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    const hosts = child(root, "Hosts")?.children.map((host) => host.attributes.Name);
    expect(hosts).toEqual(["Workbook"]);
  });

  test.each([
    "Id",
    "Version",
    "ProviderName",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
  ])("has %s", (name) => {
    const element = child(root, name);
    expect(element).toBeDefined();
    expect(element?.text || element?.attributes.DefaultValue).toBeTruthy();
  });

  test("Id is a GUID and Version has four parts", () => {
    expect(child(root, "Id")?.text).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i);
    expect(child(root, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("declares the custom functions extension point", () => {
    const point = all(root).find(
      (element) =>
        element.name === "ExtensionPoint" && element.attributes["xsi:type"] === "CustomFunctions"
    );
    expect(point).toBeDefined();
    for (const name of ["Script", "Page", "Metadata"]) {
      expect(child(child(point, name), "SourceLocation")?.attributes.resid).toBeTruthy();
    }
    expect(child(point, "Namespace")?.attributes.resid).toBeTruthy();
  });

  test("namespace is ASN", () => {
    const namespace = all(root).find((element) => element.attributes.id === "Functions.Namespace");
    expect(namespace?.attributes.DefaultValue).toBe("ASN");
  });

  test("ribbon button opens the task pane", () => {
    const surface = all(root).find(
      (element) =>
        element.name === "ExtensionPoint" &&
        element.attributes["xsi:type"] === "PrimaryCommandSurface"
    );
    const action = all(surface as Element).find(
      (element) => element.name === "Action" && element.attributes["xsi:type"] === "ShowTaskpane"
    );
    expect(action).toBeDefined();
    expect(child(action, "SourceLocation")?.attributes.resid).toBeTruthy();
  });

  test("every resid is defined in Resources", () => {
    const resources = child(child(root, "VersionOverrides"), "Resources") as Element;
    const defined = new Set(
      all(resources)
        .map((element) => element.attributes.id)
        .filter(Boolean)
    );
    const referenced = all(root)
      .map((element) => element.attributes.resid)
      .filter(Boolean);
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((resid) => !defined.has(resid))).toEqual([]);
  });

  test("every URL is https", () => {
    const urls = urlsOf(root);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  test("every URL's file exists in dist", () => {
    const missing = urlsOf(root)
      .filter((url) => url.startsWith(DEV_URL))
      .map((url) => url.slice(DEV_URL.length))
      .filter((file) => file !== "" && !fs.existsSync(path.join(DIST, file)));
    expect(missing).toEqual([]);
  });
});

describe("production build", () => {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

  function build(hostingUrl: string, output: string) {
    return spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", output], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_HOSTING_URL: hostingUrl },
      encoding: "utf8",
    });
  }

  test("puts ADDIN_HOSTING_URL in every URL", async () => {
    const output = fs.mkdtempSync(path.join(os.tmpdir(), "asn-build-"));
    try {
      const result = build("https://talenta.example.go.id/", output);
      expect(result.status).toBe(0);

      const root = await parseManifest(path.join(output, "manifest.xml"));
      const urls = urlsOf(root);
      expect(urls.length).toBeGreaterThan(10);
      expect(urls.filter((url) => !url.startsWith("https://talenta.example.go.id"))).toEqual([]);
      expect(fs.readFileSync(path.join(output, "manifest.xml"), "utf8")).not.toContain("localhost");
      for (const file of ["functions.js", "functions.json", "taskpane.html", "help.html"]) {
        expect(fs.existsSync(path.join(output, file))).toBe(true);
      }
    } finally {
      fs.rmSync(output, { recursive: true, force: true });
    }
  });

  test("rejects a hosting URL that is not https", () => {
    const output = fs.mkdtempSync(path.join(os.tmpdir(), "asn-build-"));
    try {
      const result = build("http://talenta.example.go.id/", output);
      expect(result.status).not.toBe(0);
      expect(result.stderr + result.stdout).toContain(
        'ADDIN_HOSTING_URL "http://talenta.example.go.id/" is not an https address'
      );
    } finally {
      fs.rmSync(output, { recursive: true, force: true });
    }
  });
});
