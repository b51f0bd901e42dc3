/** Raised when the bytes handed in cannot be read as an Internet message. */
export class MimeParseError extends Error {
  /** postal-mime's error code, such as `EMAXHEADERSIZE`, or `EEMPTY`. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "MimeParseError";
    this.code = code;
  }
}
