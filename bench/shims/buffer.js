/**
 * A minimal `buffer` module for the MetaMask comparison bundle only (npm `buffer`, which MetaMask's
 * build ships, is not installed here). Object-mode streams never touch it; it only has to exist.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Buffer extends Uint8Array {
  static from(value, encoding) {
    if (typeof value === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8')
        throw new Error(`buffer shim: ${encoding}`);
      const bytes = encoder.encode(value);
      return new Buffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    if (value instanceof ArrayBuffer) return new Buffer(value);
    return new Buffer(Uint8Array.from(value).buffer);
  }
  static alloc(size) {
    return new Buffer(size);
  }
  static allocUnsafe(size) {
    return new Buffer(size);
  }
  static isBuffer(value) {
    return value instanceof Buffer;
  }
  static byteLength(value) {
    return typeof value === 'string' ? encoder.encode(value).byteLength : value.byteLength;
  }
  static concat(list, total = list.reduce((n, b) => n + b.length, 0)) {
    const out = Buffer.alloc(total);
    let at = 0;
    for (const b of list) {
      out.set(b.subarray(0, Math.min(b.length, total - at)), at);
      at += b.length;
      if (at >= total) break;
    }
    return out;
  }
  toString() {
    return decoder.decode(this);
  }
  copy(target, targetStart = 0, start = 0, end = this.length) {
    target.set(this.subarray(start, end), targetStart);
    return end - start;
  }
}

export default { Buffer };
