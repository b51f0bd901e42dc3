import { TextDecoder, TextEncoder } from "node:util";

// jsdom leaves out TextEncoder and TextDecoder, which browsers and
// postal-mime rely on; Node's implementations follow the same standard.
Object.assign(globalThis, { TextDecoder, TextEncoder });
