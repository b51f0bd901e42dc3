/**
 * Checks shared by both manifest validators: https URLs and icon files of
 * the declared pixel size inside the folder the base URL serves.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** One validation failure: the file, the element or JSON path, the reason. */
export interface Problem {
  file: string;
  where: string;
  message: string;
}

/** Formats a problem as one line for the console. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.where}: ${problem.message}`;
}

/**
 * Returns why `value` is not an absolute https URL, or undefined when it
 * is one.
 */
export function httpsProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL`;
  }
  if (url.protocol !== "https:") {
    return `"${value}" uses ${url.protocol.slice(0, -1)}, but Office loads add-in files only over https`;
  }
  return undefined;
}

/**
 * Reads width and height from a PNG file's IHDR chunk, or returns
 * undefined when `bytes` is not a PNG file.
 */
export function pngSize(
  bytes: Buffer,
): { width: number; height: number } | undefined {
  const signature = "89504e470d0a1a0a";
  if (
    bytes.length < 24 ||
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  ) {
    return undefined;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Checks that the PNG file at `file` exists and is `size` pixels square.
 * Returns the reason it fails, or undefined.
 */
export function iconFileProblem(
  file: string,
  size: number,
): string | undefined {
  if (!existsSync(file) || !statSync(file).isFile()) {
    return `icon file ${file} does not exist`;
  }
  const dimensions = pngSize(readFileSync(file));
  if (dimensions === undefined) {
    return `icon file ${file} is not a PNG image`;
  }
  if (dimensions.width !== size || dimensions.height !== size) {
    return `icon file ${file} is ${dimensions.width} × ${dimensions.height} pixels, but the manifest declares ${size} × ${size}`;
  }
  return undefined;
}

/**
 * Checks an icon URL: https, under `baseUrl`, and served from `folder` as a
 * PNG of `size` pixels. Returns the reason it fails, or undefined.
 */
export function iconUrlProblem(
  url: string,
  size: number,
  baseUrl: string,
  folder: string,
): string | undefined {
  const notHttps = httpsProblem(url);
  if (notHttps !== undefined) {
    return notHttps;
  }
  if (!url.startsWith(baseUrl)) {
    return `"${url}" is outside the base URL ${baseUrl}, so the built folder does not serve it`;
  }
  const relative = decodeURIComponent(new URL(url).pathname).slice(
    decodeURIComponent(new URL(baseUrl).pathname).length,
  );
  const file = path.resolve(folder, relative);
  if (!file.startsWith(path.resolve(folder) + path.sep)) {
    return `"${url}" points outside ${folder}`;
  }
  return iconFileProblem(file, size);
}
