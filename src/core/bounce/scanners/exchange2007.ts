import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import { makeResult } from "./common";
import { parseExchangeNdr } from "./exchange-ndr";
import { parseOffice365Details } from "./office365-details";

/**
 * Exchange Server 2007 and later, run on premises, in the older layout and
 * in the "Error Details" layout of Exchange 2016 and later.
 */
export const exchange2007Scanner: BounceScanner = {
  family: "exchange2007",
  scan(message: ParsedMessage): ScanResult | null {
    const ndr = parseOffice365Details(message) ?? parseExchangeNdr(message);
    if (ndr === null) {
      return null;
    }
    return makeResult(ndr.recipients, null, ndr.generatingServer);
  },
};
