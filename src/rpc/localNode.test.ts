import { describe, expect, it } from 'vitest';
import { isLocalHost, isLocalUrl } from './localNode';

describe('isLocalHost', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    'localhost',
    'node.localhost',
    '10.0.0.5',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.20',
    '169.254.1.1',
    '[::1]',
    'fd12::1',
    'printer.local',
  ])('%s is local', (host) => expect(isLocalHost(host)).toBe(true));
  it.each([
    'eth.example',
    '172.32.0.1',
    '8.8.8.8',
    '192.169.0.1',
    '11.0.0.1',
    '2001:db8::1',
    'localhost.example.com',
  ])('%s is not local', (host) => expect(isLocalHost(host)).toBe(false));
  it('reads URLs and refuses junk', () => {
    expect(isLocalUrl('http://127.0.0.1:8545')).toBe(true);
    expect(isLocalUrl('https://rpc.example/v1')).toBe(false);
    expect(isLocalUrl('not a url')).toBe(false);
  });
});
