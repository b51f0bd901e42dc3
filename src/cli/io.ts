import { readStdinLimited } from "./read-input";

/** Output streams and standard input of a command; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input as UTF-8 text. */
  readStdin: () => Promise<string>;
}

/** Returns the io of the running process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => Buffer.from(await readStdinLimited(process.stdin)).toString("utf8"),
  };
}
