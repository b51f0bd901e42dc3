/**
 * Product names for the provider and format ids that core/bounce returns.
 * Brand names are the same in every language, so they live here and not in
 * the catalogs; an id missing here is shown as is.
 */

/** Mail providers, by the id in `BounceReport.provider`. */
export const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  amazonses: "Amazon SES",
  aol: "AOL Mail",
  apple: "iCloud Mail",
  gmail: "Gmail",
  office365: "Microsoft 365",
  orange: "Orange",
  "outlook.com": "Outlook.com",
  spectrum: "Spectrum",
  yahoo: "Yahoo Mail",
};

/**
 * Mail software whose own bounce layout a scanner reads, by the family id
 * in `BounceReport.format`. Families named after a layout and not a
 * product (such as `x2` or `notice`) are missing on purpose.
 */
export const SOFTWARE_NAMES: Readonly<Record<string, string>> = {
  amazonses: "Amazon SES",
  amazonworkmail: "Amazon WorkMail",
  courier: "Courier",
  domino: "HCL Domino",
  dragonfly: "DragonFly Mail Agent",
  exchange2003: "Microsoft Exchange 2003",
  exchange2007: "Microsoft Exchange 2007 or later",
  exim: "Exim",
  ezweb: "au EZweb",
  fml: "fml",
  gmail: "Gmail",
  googlegroups: "Google Groups",
  googleworkspace: "Google Workspace",
  imailserver: "IMail Server",
  kddi: "KDDI",
  mailfoundry: "MailFoundry",
  mfilter: "m-FILTER",
  mimecast: "Mimecast",
  notes: "Lotus Notes",
  office365: "Microsoft 365",
  opensmtpd: "OpenSMTPD",
  postfix: "Postfix",
  qmail: "qmail",
  sendmail: "Sendmail",
  trendmicro: "Trend Micro",
  verizon: "Verizon",
  zoho: "Zoho Mail",
};

/** Formats defined by a standard, with a catalog text each. */
export const STANDARD_FORMATS: readonly string[] = [
  "arf",
  "rfc3464",
  "rfc3834",
  "rfc6533",
];

/** Returns the product name of a provider id, or the id itself. */
export function providerName(provider: string): string {
  return Object.hasOwn(PROVIDER_NAMES, provider)
    ? (PROVIDER_NAMES[provider] ?? provider)
    : provider;
}
