/** Jest runs the TypeScript sources through ts-jest without type checking; `npm run typecheck` does that. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/", "/test/thunderbird-e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json", diagnostics: false }],
    "\\.eml$": "<rootDir>/test/support/raw-text-transform.js"
  }
};
