const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = __dirname;
const assetsDir = path.join(root, "assets");

/**
 * Builds the Outlook task pane and the standalone preview page into dist/.
 * Production names carry a content hash so a client never mixes cached and
 * new files; development keeps plain names for the dev server.
 */
module.exports = (_env, argv = {}) => {
  const production = argv.mode !== "development";

  return {
    mode: production ? "production" : "development",
    context: root,
    entry: {
      taskpane: "./src/hosts/outlook/index.tsx",
      preview: "./src/hosts/preview/index.tsx",
    },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      assetModuleFilename: production
        ? "assets/[name].[contenthash:8][ext]"
        : "assets/[name][ext]",
      clean: true,
    },
    // Source maps as separate files: the pages' Content-Security-Policy
    // forbids the eval() that webpack's default development maps need.
    devtool: "source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // msgreader decodes non-Unicode .msg strings with iconv-lite, which
      // needs Node's Buffer; the buffer package is its browser version.
      fallback: { buffer: require.resolve("buffer/") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // Sample messages are bundled as text and parsed in the page.
          test: /\.eml$/,
          type: "asset/source",
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/hosts/outlook/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/hosts/preview/preview.html",
        chunks: ["preview"],
        // The dev server's live reload needs a WebSocket; a production page
        // may connect to its own origin only.
        templateParameters: {
          connectSources: production ? "'self'" : "'self' ws: wss:",
        },
      }),
      ...(fs.existsSync(assetsDir)
        ? [
            new CopyWebpackPlugin({
              patterns: [
                {
                  from: "*.png",
                  context: assetsDir,
                  to: "assets/[name][ext]",
                },
              ],
            }),
          ]
        : []),
    ],
    performance: {
      // Fluent UI makes a bundle of about 1 MB minified. The add-in loads it
      // once from its own host, so webpack's 244 KB web-page hint does not
      // apply. Development bundles are unminified and larger still.
      hints: production ? "warning" : false,
      maxAssetSize: 2 * 1024 * 1024,
      maxEntrypointSize: 2 * 1024 * 1024,
    },
  };
};
