import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import { fromContains, makeResult } from "./common";
import { parseExchangeNdr } from "./exchange-ndr";
import { parseOffice365Details } from "./office365-details";

/** Domains of the servers that write Exchange Online and Outlook.com reports. */
const CLOUD_SERVERS = [
  ".outlook.com",
  ".office365.com",
  ".outlook.cn",
  ".exchangelabs.com",
];

/** Consumer Outlook.com domains, as the From field shows them. */
const CONSUMER_DOMAINS = ["@outlook.com", "@hotmail.", "@live.", "@msn.com"];

/**
 * Exchange Online (Microsoft 365) and Outlook.com reports, in the current
 * "Error Details" layout and in the older Exchange layout.
 */
export const office365Scanner: BounceScanner = {
  family: "office365",
  scan(message: ParsedMessage): ScanResult | null {
    const provider = fromContains(message, CONSUMER_DOMAINS)
      ? "outlook.com"
      : "office365";

    const report = parseOffice365Details(message) ?? parseExchangeNdr(message);
    const server = (report?.generatingServer ?? "").toLowerCase();
    if (
      report === null ||
      !CLOUD_SERVERS.some((suffix) => server.endsWith(suffix))
    ) {
      return null;
    }
    return makeResult(report.recipients, provider, report.generatingServer);
  },
};
