import type { BounceScanner } from "../scanner";
import { amazonSesScanner } from "./amazon-ses";
import { amazonWorkmailScanner } from "./amazon-workmail";
import { courierScanner } from "./courier";
import { deliveryFailureNoticeScanner } from "./delivery-failure-notice";
import { dominoScanner } from "./domino";
import { dragonflyScanner } from "./dragonfly";
import { eximScanner } from "./exim";
import { exchange2003Scanner } from "./exchange2003";
import { exchange2007Scanner } from "./exchange2007";
import { ezwebScanner } from "./ezweb";
import { fmlScanner } from "./fml";
import { gmailScanner } from "./gmail";
import { googleGroupsScanner } from "./google-groups";
import { googleWorkspaceScanner } from "./google-workspace";
import { imailServerScanner } from "./imailserver";
import { kddiScanner } from "./kddi";
import { mailFoundryScanner } from "./mailfoundry";
import { messageLogScanner } from "./message-log";
import { mfilterScanner } from "./mfilter";
import { mimecastScanner } from "./mimecast";
import { notesScanner } from "./notes";
import { office365Scanner } from "./office365";
import { oneLineNoticeScanner } from "./one-line-notice";
import { opensmtpdScanner } from "./opensmtpd";
import { postfixScanner } from "./postfix";
import { qmailScanner } from "./qmail";
import { sendmailScanner } from "./sendmail";
import { trendMicroScanner } from "./trendmicro";
import { vtextScanner } from "./vtext";
import { x3Scanner } from "./x3";
import { x6Scanner } from "./x6";
import { zohoScanner } from "./zoho";

/**
 * Scanners for non-standard bounces, tried in order; the first match wins.
 * Provider-specific layouts come first, because several of them reuse the
 * wording of the MTA they run on (Mail.ru and GMX write Exim's sentences).
 */
export const SCANNERS: readonly BounceScanner[] = [
  amazonSesScanner,
  amazonWorkmailScanner,
  googleGroupsScanner,
  gmailScanner,
  googleWorkspaceScanner,
  zohoScanner,
  office365Scanner,
  exchange2007Scanner,
  exchange2003Scanner,
  dominoScanner,
  notesScanner,
  dragonflyScanner,
  courierScanner,
  opensmtpdScanner,
  mfilterScanner,
  imailServerScanner,
  mailFoundryScanner,
  kddiScanner,
  ezwebScanner,
  vtextScanner,
  trendMicroScanner,
  mimecastScanner,
  x3Scanner,
  x6Scanner,
  deliveryFailureNoticeScanner,
  fmlScanner,
  messageLogScanner,
  oneLineNoticeScanner,
  eximScanner,
  qmailScanner,
  postfixScanner,
  sendmailScanner,
];
