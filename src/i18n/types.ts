/** A flat message catalog: key to text with `{name}` placeholders. */
export type Catalog = Readonly<Record<string, string>>;

/** Values substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a key and fills its placeholders. */
export type Translate = (key: string, params?: MessageParams) => string;
