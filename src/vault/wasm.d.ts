/** Vite's `?init` import of a WebAssembly file (see vite/client's types; declared here, as we do not load those). */
declare module '*.wasm?init' {
  const init: (imports?: WebAssembly.Imports) => Promise<WebAssembly.Instance>;
  export default init;
}
