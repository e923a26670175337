/* eslint-disable no-undef */
// Runs every bench/*.bench.ts(x) file in turn and lets each print its own figures.
// TypeScript is compiled on the fly with the project's own compiler, so benches measure the same
// source the add-in ships, without a separate build step.
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

for (const extension of [".ts", ".tsx"]) {
  require.extensions[extension] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        jsx: ts.JsxEmit.ReactJSX,
        esModuleInterop: true,
      },
    });
    // TypeScript's CommonJS output re-exports through getters, so every call through an index
    // file pays a getter that webpack's production bundle does not have. This binding copies the
    // value once instead, which matches the shipped bundle (the project has no circular imports).
    Object.defineProperty(module.exports, "__createBinding", {
      enumerable: false,
      value: (target, source, key, name = key) => {
        target[name] = source[key];
      },
    });
    module._compile(outputText, filename);
  };
}

async function main() {
  const only = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((file) => /\.bench\.tsx?$/.test(file))
    .filter((file) => !only || file.includes(only))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file}`);
    const bench = require(path.join(__dirname, file));
    await bench.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
