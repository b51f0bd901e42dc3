export { MimeParseError } from "./errors";
export { parseHeaderBlock, parseMessage, type RawMessage } from "./parse";
export type { HeaderField, MimePart, ParsedMessage } from "./types";
