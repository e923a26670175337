/* eslint-disable no-undef */
/** @type {import("jest").Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: {
    // office-addin-mock reaches office-addin-manifest, whose index pulls ES-module-only packages
    // that jest on Node 20 cannot load; the mock only needs the OfficeApp enum from this file.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  // Browser and LibreOffice tests start real programs; give them room on a 2-core machine.
  testTimeout: 120000,
};
