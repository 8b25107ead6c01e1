/**
 * What MetaMask's inpage script (metamask-extension app/scripts/inpage.js) does with
 * @metamask/providers, bundled by `npm run bench` the way our inpage.js is built, to compare
 * sizes. @metamask/post-message-stream is not installed, so WindowPostMessageStream below is a
 * small readable-stream Duplex with the same wire shape ({ target, data } over window.postMessage).
 */
import { initializeProvider } from '@metamask/providers/initializeInpageProvider';
import { Duplex } from 'readable-stream';

class WindowPostMessageStream extends Duplex {
  constructor({ name, target }) {
    super({ objectMode: true });
    this._name = name;
    this._target = target;
    this._origin = location.origin;
    window.addEventListener('message', (event) => {
      const message = event.data;
      if (event.source !== window || event.origin !== this._origin) return;
      if (typeof message !== 'object' || message === null || message.target !== this._name) return;
      this.push(message.data);
    });
  }
  _read() {}
  _write(data, _encoding, callback) {
    window.postMessage({ target: this._target, data }, this._origin);
    callback();
  }
}

initializeProvider({
  connectionStream: new WindowPostMessageStream({
    name: 'metamask-inpage',
    target: 'metamask-contentscript',
  }),
  shouldShimWeb3: true,
  providerInfo: {
    uuid: crypto.randomUUID(),
    name: 'MetaMask',
    icon: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E',
    rdns: 'io.metamask',
  },
});
