/** A minimal `process` global for the MetaMask comparison bundle only (browserify injects npm `process`). */
const process = {
  browser: true,
  env: { NODE_ENV: 'production' },
  argv: [],
  version: '',
  versions: {},
  nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
  emitWarning: () => {},
};
export default process;
