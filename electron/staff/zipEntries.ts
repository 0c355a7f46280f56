import { inflateRawSync } from 'node:zlib';

/**
 * The files inside a ZIP (an XLSX is one), read from its central directory: only those `wanted`, each
 * inflated on its own, so a workbook's parts are read without any copy of the whole archive's contents.
 * Stored and deflated entries, and the ZIP64 sizes some writers use; anything else is refused (the
 * caller says in Korean that the file cannot be read).
 */
export function zipEntries(zip: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const end = endOfCentralDirectory(zip);
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  // ZIP64: the directory's own record, found through the locator just before the end record.
  if (at === 0xffffffff && end >= 20 && zip.readUInt32LE(end - 20) === 0x07064b50) {
    const record = Number(zip.readBigUInt64LE(end - 12));
    count = Number(zip.readBigUInt64LE(record + 32));
    at = Number(zip.readBigUInt64LE(record + 48));
  }
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: central directory entry expected');
    const method = zip.readUInt16LE(at + 10);
    let compressed = zip.readUInt32LE(at + 20);
    let size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    let local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, '');
    // ZIP64: a size or offset too large for its field is in the extra field, in this order.
    if (size === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff) {
      let field = at + 46 + nameLength;
      const fieldsEnd = field + extraLength;
      while (field + 4 <= fieldsEnd && zip.readUInt16LE(field) !== 0x0001) field += 4 + zip.readUInt16LE(field + 2);
      let value = field + 4;
      const next = () => {
        const n = Number(zip.readBigUInt64LE(value));
        value += 8;
        return n;
      };
      if (size === 0xffffffff) size = next();
      if (compressed === 0xffffffff) compressed = next();
      if (local === 0xffffffff) local = next();
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name)) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('zip: local header expected');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }));
    else throw new Error(`zip: compression method ${method} not supported`);
  }
  return out;
}

/** Where the end-of-central-directory record starts: the last 22 bytes, or before a comment of up to 64 kB. */
function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw new Error('zip: not a zip file');
}
