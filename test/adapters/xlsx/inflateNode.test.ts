/**
 * Node's inflater hands each chunk to the sink on a later turn of the event loop, while zlib goes
 * on with the next: the sink still sees every byte once and in order (and may keep the chunks it
 * was given), and stopping, refusing and the output limit end the inflation as before.
 */
import { deflateRawSync } from 'node:zlib';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { randomBytes } from './helpers';

// ~5 MB that deflate well but not trivially: several 1 MB chunks of output.
const PLAIN = new Uint8Array(5_300_000);
{
  const noise = randomBytes(PLAIN.length, 7);
  for (let i = 0; i < PLAIN.length; i++) PLAIN[i] = 97 + (noise[i] & 7);
}
const DEFLATED = new Uint8Array(deflateRawSync(PLAIN));

test('every byte reaches the sink once, in order, and the chunks it keeps stay intact', async () => {
  const kept: Uint8Array[] = [];
  const end = await nodeInflater(DEFLATED, PLAIN.length, (c) => void kept.push(c));
  expect(end).toBe('done');
  expect(kept.length).toBeGreaterThan(3);
  const all = Buffer.concat(kept);
  expect(all.length).toBe(PLAIN.length);
  expect(all.equals(Buffer.from(PLAIN))).toBe(true);
});

test('a sink that has enough stops the inflation: no chunk after it', async () => {
  let calls = 0;
  const end = await nodeInflater(DEFLATED, PLAIN.length, () => ++calls < 2);
  expect(end).toBe('stopped');
  await new Promise((r) => setTimeout(r, 50));
  expect(calls).toBe(2);
});

test('a sink that refuses the data rejects with its reason, and is not called again', async () => {
  let calls = 0;
  const refusal = new Error('over budget');
  await expect(
    nodeInflater(DEFLATED, PLAIN.length, () => {
      if (++calls === 2) throw refusal;
    }),
  ).rejects.toBe(refusal);
  await new Promise((r) => setTimeout(r, 50));
  expect(calls).toBe(2);
});

test('more output than the limit is overLimit, and empty and damaged data end as before', async () => {
  let seen = 0;
  expect(await nodeInflater(DEFLATED, 2_000_000, (c) => void (seen += c.length))).toBe('overLimit');
  expect(seen).toBeLessThanOrEqual(2_000_000);
  expect(await nodeInflater(new Uint8Array(deflateRawSync(new Uint8Array(0))), 10, () => undefined)).toBe('done');
  await expect(nodeInflater(DEFLATED.subarray(0, 1000).map((x, i) => (i > 10 ? 255 - x : x)), PLAIN.length, () => undefined)).rejects.toBeTruthy();
});
