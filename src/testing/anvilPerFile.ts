/**
 * One anvil per vitest file: started in beforeAll, stopped in afterAll (see ./anvil for the node).
 * Tests in the file share the chain; take an evm_snapshot / evm_revert if one must not see another's state.
 *
 *   const chain = anvilPerFile();
 *   it('reads the chain id', async () => expect(await chain().rpc(chain().url, 'eth_chainId', [])).toBe('0x7a69'));
 */
import { afterAll, beforeAll } from 'vitest';
import { type Anvil, type StartAnvilOptions, startAnvil } from './anvil';

export function anvilPerFile(options: StartAnvilOptions = {}): () => Anvil {
  let anvil: Anvil | undefined;
  beforeAll(async () => {
    anvil = await startAnvil(options);
  }, 20_000);
  afterAll(async () => {
    await anvil?.stop();
  });
  return () => {
    if (!anvil) throw new Error('anvilPerFile: the chain is only there inside tests (after beforeAll)');
    return anvil;
  };
}
