import type { RawMessage } from "../../core/mime";

/**
 * Converts an Outlook .msg file to MIME. The converter and the .msg reader
 * behind it load only when a .msg file arrives, which keeps them out of the
 * task pane's first download. Throws `MsgReadError` like `msgToMime`.
 */
export async function convertMsgLazily(bytes: Uint8Array): Promise<RawMessage> {
  const { msgToMime } = await import(
    /* webpackChunkName: "msg-reader" */ "./msg-to-mime"
  );
  return msgToMime(bytes);
}
