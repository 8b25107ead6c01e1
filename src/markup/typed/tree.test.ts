import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import mail from '../../fixtures/eip712-mail-example.json';
import { Card } from '../card';
import type { TypedData } from '../facts';
import { base, testFacts } from '../testData';
import { treeCard } from './tree';

const MAIL = mail.typedData as TypedData;

describe('treeCard', () => {
  test('the EIP-712 Mail example as a tree that follows its types', () => {
    const facts = testFacts({
      nameOf: (a) => (a === '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' ? 'Cow' : undefined),
    });
    const c = treeCard(MAIL, base, facts);
    expect(v.parse(Card, c)).toEqual(c);
    expect(c.kind).toBe('typed-data');
    expect(c.summary).toEqual(['Sign typed data for Ether Mail']);
    expect(c.fields).toEqual([
      {
        label: 'Domain',
        children: [
          { label: 'name', value: 'Ether Mail', format: 'text' },
          { label: 'version', value: '1', format: 'text' },
          { label: 'chainId', value: '1', format: 'number' },
          {
            label: 'verifyingContract',
            value: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC',
            format: 'address',
          },
        ],
      },
      {
        label: 'Mail',
        children: [
          {
            label: 'from',
            children: [
              { label: 'name', value: 'Cow', format: 'text' },
              {
                label: 'wallet (Cow)',
                value: '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826',
                format: 'address',
              },
            ],
          },
          {
            label: 'to',
            children: [
              { label: 'name', value: 'Bob', format: 'text' },
              { label: 'wallet', value: '0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB', format: 'address' },
            ],
          },
          { label: 'contents', value: 'Hello, Bob!', format: 'text' },
        ],
      },
    ]);
  });

  test('arrays, bools and bytes by their Solidity types; the contract when the domain has no name', () => {
    const data: TypedData = {
      types: {
        EIP712Domain: [{ name: 'verifyingContract', type: 'address' }],
        Vote: [
          { name: 'choices', type: 'uint8[]' },
          { name: 'final', type: 'bool' },
          { name: 'proof', type: 'bytes32' },
        ],
      },
      primaryType: 'Vote',
      domain: { verifyingContract: '0xcccccccccccccccccccccccccccccccccccccccc' },
      message: { choices: [1, '0x02'], final: true, proof: `0x${'ab'.repeat(32)}` },
    };
    const c = treeCard(data, base, testFacts());
    expect(c.summary).toEqual(['Sign typed data for 0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC']);
    expect(c.fields[1]).toEqual({
      label: 'Vote',
      children: [
        {
          label: 'choices',
          children: [
            { label: 'choices[0]', value: '1', format: 'number' },
            { label: 'choices[1]', value: '2', format: 'number' },
          ],
        },
        { label: 'final', value: 'true', format: 'bool' },
        { label: 'proof', value: `0x${'ab'.repeat(32)}`, format: 'hex' },
      ],
    });
  });
});
