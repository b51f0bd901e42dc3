/** Error raised when a .msg file cannot be converted. */
export class MsgReadError extends Error {

  constructor(
    /** `unreadable`: not a valid file; `notMessage`: a file without mail. */
    readonly code: "unreadable" | "notMessage",
  ) {
    super(
      code === "unreadable"
        ? "The .msg file could not be read."
        : "The .msg file contains no message.",
    );
    this.name = "MsgReadError";
  }
}
