import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import vectors from '../fixtures/recovery-v1/envelopes-v1.json';
import { parseEnvelope } from './envelopeText.js';
import { envelopeQrMatrix, envelopeQrSvg } from './qr.js';
import { expectRefusal } from './testkit.js';

/** Renders a module matrix as RGBA pixels, `scale` pixels per module (decoders need ≥ 2). */
function toImage(m: boolean[][], scale = 4) {
  const size = m.length * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (m[Math.floor(y / scale)]![Math.floor(x / scale)])
        data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  }
  return { width: size, height: size, data };
}

describe('envelopeQrSvg', () => {
  const { text, grouped } = vectors.random.envelopes[0]!;

  it('makes an SVG of the canonical upper-case text, whatever the input spacing', () => {
    const svg = envelopeQrSvg(text);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('</svg>');
    expect(envelopeQrSvg(grouped)).toBe(svg);
  });

  it('decodes back (alphanumeric mode, upper case) to the same envelope', () => {
    const scanned = decodeQR(toImage(envelopeQrMatrix(text)));
    expect(scanned).toBe(text.toUpperCase());
    expect(parseEnvelope(scanned)).toEqual(parseEnvelope(text));
  });

  it('is smaller in alphanumeric mode than the same text in byte mode', () => {
    const alnum = envelopeQrMatrix(text).length;
    const bytes = encodeQR(text.toUpperCase(), 'raw', { ecc: 'medium', border: 4, encoding: 'byte' }).length;
    expect(alnum).toBeLessThan(bytes);
  });

  it('refuses to draw text that is not a valid envelope', async () => {
    await expectRefusal(() => envelopeQrSvg(`${text.slice(0, -1)}q`), 'checksum');
  });
});
