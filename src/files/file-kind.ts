/** What a file's first bytes say it is. */
export type FileKind = 'xlsx' | 'encrypted' | 'xls' | 'csv' | 'unknown';

/** Sniffs the content: a zip is xlsx, an OLE file with EncryptionInfo is a password-protected xlsx, text is csv. */
export function sniffFileKind(head: Buffer): FileKind {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) {
    return head.includes(Buffer.from('EncryptionInfo', 'utf16le')) ? 'encrypted' : 'xls';
  }
  const sample = head.subarray(0, 4096);
  if (sample.includes(0)) return 'unknown';
  return 'csv';
}
