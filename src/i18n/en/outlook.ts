import type { Catalog } from "../types";

/** Words of the Outlook task pane: where the message came from and what failed. */
export const outlookMessages: Catalog = {
  "outlook.source.wholeMessage": "This message in Outlook",
  "outlook.source.headers": "The headers of this message in Outlook",
  "outlook.source.headersAndText":
    "The headers and text of this message in Outlook",
  "outlook.source.pasted": "Pasted text",
  "outlook.source.attachment": "The attached message “{name}”",

  "outlook.error.officeMissing": "Office.js did not load, so the pane cannot read mail.",
  "outlook.error.officeMissing.hint":
    "Check the network connection and reopen the pane. Office.js is loaded from Microsoft's servers each time the pane opens.",
  "outlook.error.notOutlook": "This page runs only inside Outlook.",
  "outlook.error.notOutlook.hint":
    "Open it from the Mail Diagnostics button in Outlook, or use the preview page to analyse saved messages.",

  "outlook.error.noItem": "No message is selected.",
  "outlook.error.noItem.hint":
    "Select a message in the message list. The pinned pane analyses each message you select.",
  "outlook.error.notMessage": "The selected item is not an email message.",
  "outlook.error.notMessage.hint":
    "This add-in reads messages only. Select a message, or drop a saved .eml file into the pane.",
  "outlook.error.noHeaders":
    "Outlook returned no internet headers for this message.",
  "outlook.error.noHeaders.hint":
    "Messages sent inside your organisation, drafts and sent items often have none. Open a message that arrived from outside, or drop its .eml file into the pane.",
  "outlook.error.readFailed":
    "Outlook could not hand the message to the add-in (error {code}).",
  "outlook.error.readFailed.hint":
    "Select the message again. If it keeps failing, save it as an .eml file and drop that file into the pane.",
  "outlook.error.unsupported":
    "This version of Outlook cannot give add-ins the message headers.",
  "outlook.error.unsupported.hint":
    "The add-in needs Outlook with Mailbox requirement set 1.8 or later. Save the message as an .eml file and drop it into the pane, or use the preview page.",
  "outlook.error.analysisFailed":
    "The message was read, but analysing it failed ({code}).",
  "outlook.error.analysisFailed.hint":
    "Save the message as an .eml file and open it in the preview page or with the command line tool, which show the same analysis.",
  "outlook.error.dropEmpty":
    "Nothing that could be read as a message was dropped into the pane.",
  "outlook.error.dropEmpty.hint":
    "Drag a message from the message list, or a saved .eml file, onto the pane.",
  "outlook.error.msgUnreadable":
    "The file “{name}” looks like an Outlook .msg file, but it could not be read.",
  "outlook.error.msgUnreadable.hint":
    "The file may be damaged or cut short. Open it in Outlook and drag the message onto the pane, or save it again, as .eml if your Outlook offers that.",
  "outlook.error.msgNotMessage":
    "The file “{name}” is an Office file, but it holds no email message.",
  "outlook.error.msgNotMessage.hint":
    "Old Word and Excel files share the .msg container. Choose a message saved from Outlook, or an .eml file.",

  "outlook.settings.heading": "Trusted mail servers",
  "outlook.settings.help":
    "Authentication-Results headers count only when your own mail servers added them. With no ids listed, the topmost header and the headers right below it with the same authserv-id are trusted. Once ids are listed, here or by your administrator, only headers with a listed id are trusted: the topmost header no longer counts unless its id is listed.",
  "outlook.settings.admin":
    "Your administrator trusts these ids for everyone: {ids}. Ids you list here are trusted as well.",
  "outlook.settings.label": "Your trusted authserv-ids",
  "outlook.settings.hint":
    "One per line or separated by commas, such as mx.example.com. A leading dot, as in .example.com, also matches every subdomain.",
  "outlook.settings.save": "Save",
  "outlook.settings.saved":
    "Saved. The message was analysed again with this list, and the list follows you to every Outlook where you use the add-in.",
  "outlook.settings.saveFailed":
    "Outlook could not save the list. Check the connection and try again; the open message still uses the list saved before.",
  "outlook.settings.invalid":
    "Not saved: these entries are not authserv-ids (host names such as mx.example.com): {ids}",
  "outlook.settings.tooMany":
    "Not saved: at most {limit} ids of your own fit, because the add-in reads 32 in all, your administrator's included. Use a leading dot, as in .example.com, to cover a whole domain with one entry.",
  "outlook.settings.unavailable":
    "This Outlook cannot store add-in settings, so the list cannot be changed here.",
};
