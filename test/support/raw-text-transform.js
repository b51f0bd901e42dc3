/** Loads files that webpack imports as `asset/source` (such as sample .eml files) as their text. */
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  }
};
