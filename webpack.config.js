/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// The manifest in the repository points at the dev server. A production build replaces that address
// with the agency's hosting address from ADDIN_HOSTING_URL (for example https://talenta.example.go.id/).
const DEV_URL = "https://localhost:3000/";

function hostingUrl(mode) {
  const url = process.env.ADDIN_HOSTING_URL;
  if (!url || mode !== "production") {
    return DEV_URL;
  }
  if (!/^https:\/\/[^/\s]+\//.test(url.endsWith("/") ? url : `${url}/`)) {
    throw new Error(
      `ADDIN_HOSTING_URL "${url}" is not an https address. Office loads add-ins only over https; ` +
        `set it to the folder that serves dist, for example https://talenta.example.go.id/.`
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

async function devServerHttps(env) {
  // Only `webpack serve` needs a server; the preview serves plain http on 127.0.0.1.
  if (!env.WEBPACK_SERVE || env.preview) {
    return undefined;
  }
  // Imported lazily: only the Office dev server needs the trusted localhost certificate.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const url = hostingUrl(mode);
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);

  return {
    mode,
    devtool: mode === "production" ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: {
      // The pane bundles React, Fluent UI and the .xlsx writer, which exceed the 244 KiB hint.
      // The agency's own host serves and caches it, so the hint would only add noise.
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          { from: "assets/sample/*.xlsx", to: "assets/sample/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return mode === "production" ? content.toString().split(DEV_URL).join(url) : content;
            },
          },
        ],
      }),
    ],
    devServer: {
      host: env.preview ? "127.0.0.1" : "localhost",
      port,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await devServerHttps(env),
      open: env.preview ? "/taskpane.html" : false,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
