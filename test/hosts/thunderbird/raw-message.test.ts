import { rawMessageBytes } from "../../../src/hosts/thunderbird/raw-message";

const bytes = new Uint8Array([0x46, 0x72, 0x6f, 0x6d, 0x3a, 0xe9, 0x00, 0xff]);

describe("rawMessageBytes", () => {
  test("File-like blob", async () => {
    await expect(rawMessageBytes(new Blob([bytes]))).resolves.toEqual(bytes);
  });

  test("binary string keeps every byte", async () => {
    const binary = String.fromCharCode(...bytes);
    await expect(rawMessageBytes(binary)).resolves.toEqual(bytes);
  });

  test("ArrayBuffer and typed array views", async () => {
    await expect(rawMessageBytes(bytes.slice().buffer)).resolves.toEqual(bytes);
    const padded = new Uint8Array([9, ...bytes, 9]);
    await expect(
      rawMessageBytes(padded.subarray(1, bytes.length + 1)),
    ).resolves.toEqual(bytes);
  });

  test("blob without the Blob prototype", async () => {
    const foreign = { arrayBuffer: async () => bytes.slice().buffer };
    await expect(rawMessageBytes(foreign as unknown as Blob)).resolves.toEqual(
      bytes,
    );
  });
});
