import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import { makeResult } from "./common";
import { parseExchangeNdr } from "./exchange-ndr";

/** Exchange Server 2007 and later, run on premises. */
export const exchange2007Scanner: BounceScanner = {
  family: "exchange2007",
  scan(message: ParsedMessage): ScanResult | null {
    const ndr = parseExchangeNdr(message);
    if (ndr === null) {
      return null;
    }
    return makeResult(ndr.recipients, null, ndr.generatingServer);
  },
};
