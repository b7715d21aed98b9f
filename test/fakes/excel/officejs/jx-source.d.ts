/** A file's text, bundled by webpack's `asset/source` (the harness build's `?jx-source` rule). */
declare module '*?jx-source' {
  const text: string;
  export default text;
}
