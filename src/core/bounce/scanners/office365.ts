import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import { fromContains, makeResult } from "./common";
import { parseExchangeNdr } from "./exchange-ndr";

/** Generating servers of Exchange Online and Outlook.com. */
const CLOUD_SERVERS = [".outlook.com", ".office365.com", ".outlook.cn"];

/** Consumer Outlook.com domains, as the From field shows them. */
const CONSUMER_DOMAINS = ["@outlook.com", "@hotmail.", "@live.", "@msn.com"];

/** Exchange Online (Microsoft 365) and Outlook.com reports. */
export const office365Scanner: BounceScanner = {
  family: "office365",
  scan(message: ParsedMessage): ScanResult | null {
    const ndr = parseExchangeNdr(message);
    const server = (ndr?.generatingServer ?? "").toLowerCase();
    if (
      ndr === null ||
      !CLOUD_SERVERS.some((suffix) => server.endsWith(suffix))
    ) {
      return null;
    }
    const provider = fromContains(message, CONSUMER_DOMAINS)
      ? "outlook.com"
      : "office365";
    return makeResult(ndr.recipients, provider, ndr.generatingServer);
  },
};
