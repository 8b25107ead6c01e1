import { describe, expect, test } from 'vitest';
import { looksLikeSiwe, parseSiwe } from './siwe';
import { EIP_EXAMPLE } from './testData';

const FULL = `https://example.com:3388 wants you to sign in with your Ethereum account:
0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2


URI: https://example.com:3388/login
Version: 1
Chain ID: 137
Nonce: a1B2c3D4e5
Issued At: 2021-09-30T16:25:24.000Z
Expiration Time: 2021-10-01T16:25:24+02:00
Not Before: 2021-09-30T16:30:00Z
Request ID: req-42@login`;

describe('parseSiwe', () => {
  test('parses the EIP example with every field', () => {
    expect(parseSiwe(EIP_EXAMPLE)).toEqual({
      domain: 'example.com',
      address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
      statement: 'I accept the ExampleOrg Terms of Service: https://example.com/tos',
      uri: 'https://example.com/login',
      version: '1',
      chainId: 1,
      nonce: '32891756',
      issuedAt: '2021-09-30T16:25:24Z',
      resources: [
        'ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/',
        'https://example.com/my-web2-claim.json',
      ],
    });
  });

  test('parses a scheme, a port, no statement and the optional time and request fields', () => {
    expect(parseSiwe(FULL)).toEqual({
      scheme: 'https',
      domain: 'example.com:3388',
      address: '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2',
      uri: 'https://example.com:3388/login',
      version: '1',
      chainId: 137,
      nonce: 'a1B2c3D4e5',
      issuedAt: '2021-09-30T16:25:24.000Z',
      expirationTime: '2021-10-01T16:25:24+02:00',
      notBefore: '2021-09-30T16:30:00Z',
      requestId: 'req-42@login',
      resources: [],
    });
  });

  test.each([
    ['a short nonce', EIP_EXAMPLE.replace('Nonce: 32891756', 'Nonce: 1234'), /line 9: expected "Nonce: "/],
    ['a bad checksum', EIP_EXAMPLE.replace('0xC02aaA', '0xc02aaA'), /line 2: expected an address/],
    ['version 2', EIP_EXAMPLE.replace('Version: 1', 'Version: 2'), /line 7: expected "Version: " and 1/],
    [
      'fields out of order',
      FULL.replace(/Expiration Time: (.*)\nNot Before: (.*)/, 'Not Before: $2\nExpiration Time: $1'),
      /line 11: expected the end/,
    ],
    ['a trailing line end', `${EIP_EXAMPLE}\n`, /line 14: expected the end/],
    ['CRLF line ends', EIP_EXAMPLE.replaceAll('\n', '\r\n'), /line 1: expected "<domain> wants you/],
    [
      'an issued-at that is no date-time',
      EIP_EXAMPLE.replace('Issued At: 2021-09-30T16:25:24Z', 'Issued At: yesterday'),
      /line 10: expected "Issued At: " and an RFC 3339/,
    ],
    [
      'a statement over two lines',
      EIP_EXAMPLE.replace('Terms of Service: ', 'Terms of Service:\n'),
      /line 5: expected an empty line/,
    ],
  ])('rejects %s, naming the line', (_what, text, error) => {
    expect(() => parseSiwe(text)).toThrow(error);
  });

  test('looksLikeSiwe finds the phrase anywhere', () => {
    expect(looksLikeSiwe(`Hi!\n${EIP_EXAMPLE}`)).toBe(true);
    expect(looksLikeSiwe('hello')).toBe(false);
  });
});
