/**
 * Node's inflater hands each chunk to the sink on a later turn of the event loop, while zlib goes
 * on with the next: the sink still sees every byte once and in order, and stopping, refusing and
 * the output limit end the inflation as before. A chunk is the sink's during its call only: the
 * memory of the chunks read is given back to zlib for later output (fewer pages touched).
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../src/adapters/xlsx/zip';
import { inflate, nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { randomBytes } from './helpers';

// ~5 MB that deflate well but not trivially: several 1 MB chunks of output.
const PLAIN = new Uint8Array(5_300_000);
{
  const noise = randomBytes(PLAIN.length, 7);
  for (let i = 0; i < PLAIN.length; i++) PLAIN[i] = 97 + (noise[i] & 7);
}
const DEFLATED = new Uint8Array(deflateRawSync(PLAIN));

test('every byte reaches the sink once, in order, and the memory of the chunks read is used again', async () => {
  const kept: Uint8Array[] = [];
  const memory = new Set<ArrayBufferLike>();
  const end = await nodeInflater(DEFLATED, PLAIN.length, (c) => {
    kept.push(c.slice());
    memory.add(c.buffer);
  });
  expect(end).toBe('done');
  expect(kept.length).toBeGreaterThan(3);
  const all = Buffer.concat(kept);
  expect(all.length).toBe(PLAIN.length);
  expect(all.equals(Buffer.from(PLAIN))).toBe(true);
  // 6 chunks in at most 4 buffers (one read, one waiting, one being written, one more given back early)
  expect(memory.size).toBeLessThan(kept.length);
});

test('the same with the CRC-32 checked by zlib (gunzip framing), and a damaged check still rejects', async () => {
  const kept: Uint8Array[] = [];
  const check = { crc: crc32(PLAIN, 0) >>> 0, size: PLAIN.length };
  expect(await nodeInflater(DEFLATED, PLAIN.length, (c) => void kept.push(c.slice()), check)).toBe('done');
  expect(Buffer.concat(kept).equals(Buffer.from(PLAIN))).toBe(true);
  await expect(nodeInflater(DEFLATED, PLAIN.length, () => undefined, { ...check, crc: (check.crc + 1) >>> 0 })).rejects.toBeTruthy();
});

test('inflated again after part of the output was handed on: only the bytes after it reach the sink', async () => {
  for (const skip of [0, 1, 1 << 20, (1 << 20) + 12345, PLAIN.length - 1, PLAIN.length]) {
    const kept: Uint8Array[] = [];
    expect(await inflate(DEFLATED, PLAIN.length, (c) => void kept.push(c.slice()), undefined, skip)).toBe('done');
    expect(Buffer.concat(kept).equals(Buffer.from(PLAIN.subarray(skip)))).toBe(true);
  }
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
