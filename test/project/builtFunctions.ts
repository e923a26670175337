import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { ErrorCode } from "../functions/fakeCustomFunctions";

export const DIST = path.resolve(__dirname, "../../dist");

/** The error class the fake runtime hands to the bundle; results are checked against it. */
export class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export type CustomFunction = (...args: unknown[]) => unknown;

/**
 * Runs the built dist/functions.js the way Excel's custom-functions runtime does: as a plain script
 * in a context with no DOM, no require and no module, where the CustomFunctions global is the only
 * way in. Returns every function the script associated, by id.
 */
export function loadBuiltFunctions(dist = DIST): Map<string, CustomFunction> {
  const associated = new Map<string, CustomFunction>();
  const CustomFunctions = {
    Error: RuntimeError,
    ErrorCode,
    associate(idOrMap: string | Record<string, CustomFunction>, fn?: CustomFunction) {
      if (typeof idOrMap === "string" && fn) {
        associated.set(idOrMap.toUpperCase(), fn);
        return;
      }
      for (const [id, mapped] of Object.entries(idOrMap)) {
        associated.set(id.toUpperCase(), mapped);
      }
    },
  };
  const filename = path.join(dist, "functions.js");
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(fs.readFileSync(filename, "utf8"), context, { filename });
  return associated;
}
