import type {
  StatusClass,
  StatusClassInfo,
  StatusSubjectInfo,
} from "./types";

function statusClass(
  value: StatusClass,
  kind: StatusClassInfo["kind"],
  title: string,
): StatusClassInfo {
  return {
    value,
    kind,
    title,
    titleKey: `code.class.${value}.title`,
    meaningKey: `code.class.${value}.meaning`,
    actionKey: `code.class.${value}.action`,
  };
}

function subject(value: number, title: string): StatusSubjectInfo {
  return {
    value,
    code: `X.${value}.YYY`,
    title,
    titleKey: `code.subject.${value}.title`,
    meaningKey: `code.subject.${value}.meaning`,
    actionKey: `code.subject.${value}.action`,
  };
}

/** The three classes of enhanced status codes (RFC 3463 section 3.1). */
export const STATUS_CLASSES: readonly StatusClassInfo[] = [
  statusClass(2, "success", "Success"),
  statusClass(4, "transient", "Persistent Transient Failure"),
  statusClass(5, "permanent", "Permanent Failure"),
];

/** The registered subjects (RFC 3463 section 3.2), with registry titles. */
export const STATUS_SUBJECTS: readonly StatusSubjectInfo[] = [
  subject(0, "Other or Undefined Status"),
  subject(1, "Addressing Status"),
  subject(2, "Mailbox Status"),
  subject(3, "Mail System Status"),
  subject(4, "Network and Routing Status"),
  subject(5, "Mail Delivery Protocol Status"),
  subject(6, "Message Content or Media Status"),
  subject(7, "Security or Policy Status"),
];

/** Returns the class entry for a class digit, or null if none is registered. */
export function findStatusClass(value: number): StatusClassInfo | null {
  return STATUS_CLASSES.find((entry) => entry.value === value) ?? null;
}

/** Returns the subject entry for a subject number, or null if unregistered. */
export function findStatusSubject(value: number): StatusSubjectInfo | null {
  return STATUS_SUBJECTS.find((entry) => entry.value === value) ?? null;
}
