import * as v from 'valibot';
import { expect, test } from 'vitest';
import { Card } from './card';
import { connectCard, hostOf } from './connect';
import { BOB, ME } from './testData';

test('a connect card names the site and offers the accounts', () => {
  const c = connectCard({ origin: 'https://app.example', raw: {} }, [
    { address: ME.toLowerCase(), name: 'Main', selected: true },
    { address: BOB, name: 'Savings', selected: false },
  ]);
  expect(v.parse(Card, c)).toEqual(c);
  expect(c.kind).toBe('connect');
  expect(c.title).toBe('Connect to app.example');
  expect(c.summary[0]).toBe('https://app.example wants to see your account address and ask you to sign');
  expect(c.accounts).toEqual([
    { address: ME, name: 'Main', selected: true },
    { address: BOB, name: 'Savings', selected: false },
  ]);
});

test('hostOf keeps the port and leaves an opaque origin as it is', () => {
  expect(hostOf('http://localhost:5173')).toBe('localhost:5173');
  expect(hostOf('null')).toBe('null');
});
