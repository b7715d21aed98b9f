/** Byte helpers shared by the package reader, the sheet scanner and the writer. */

/** The parts as one array (the part itself when there is one: the callers own their parts). */
export function concatBytes(parts: ReadonlyArray<Uint8Array>): Uint8Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
