/** The end-of-central-directory record: its signature, its fixed length, and the longest comment after it. */
const END_SIGNATURE = 0x06054b50;
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;
const ENTRY_SIGNATURE = 0x02014b50;
const ENTRY_LENGTH = 46;

/**
 * How many bytes a ZIP file's entries take unpacked, as its central directory declares them, read
 * before anything is unpacked (an XLSX workbook is a ZIP file). Undefined when the file is not a
 * ZIP; Infinity for a ZIP64 archive, whose sizes do not fit the fields read here and which no
 * spreadsheet of the import's size needs.
 */
export function zipContentSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.byteLength - END_LENGTH; at >= Math.max(0, bytes.byteLength - END_LENGTH - MAX_COMMENT); at -= 1) {
    if (view.getUint32(at, true) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  const directory = view.getUint32(end + 16, true);
  if (entries === 0xffff || directory === 0xffffffff) return Infinity;
  let total = 0;
  let at = directory;
  for (let entry = 0; entry < entries; entry += 1) {
    if (at + ENTRY_LENGTH > bytes.byteLength || view.getUint32(at, true) !== ENTRY_SIGNATURE) return undefined;
    const unpacked = view.getUint32(at + 24, true);
    if (unpacked === 0xffffffff) return Infinity;
    total += unpacked;
    at += ENTRY_LENGTH + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
