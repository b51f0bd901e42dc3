/** Sample messages, bundled as text by webpack's `asset/source` rule. */
declare module "*.eml" {
  const source: string;
  export default source;
}
