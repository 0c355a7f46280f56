import { createHash } from 'node:crypto';
import type { Sheet } from '../staff/staffSheet';

/**
 * The sheets of the last file the wizard read, kept until it is saved or another file is read. The
 * preview and the save read the same file: reading a 10,000-row ledger again would cost a second or
 * two, and the spreadsheet library's whole model of it in memory a second time. Kept by its content,
 * so a file changed and read again (the wizard's "fix the file and read it again") is read afresh.
 */
export function lastFileRead() {
  let kept: { key: string; sheets: Sheet[] } | null = null;
  const keyOf = (fileName: string, contentBase64: string) => createHash('sha256').update(fileName).update('\u0000').update(contentBase64).digest('hex');
  return {
    async sheets(fileName: string, contentBase64: string, read: () => Promise<Sheet[]>): Promise<Sheet[]> {
      const key = keyOf(fileName, contentBase64);
      if (kept?.key === key) return kept.sheets;
      // The previous file goes before this one is read: only one is ever held.
      kept = null;
      const sheets = await read();
      kept = { key, sheets };
      return sheets;
    },
    /** After a save: the file is in, nothing of it need stay in memory. */
    forget() {
      kept = null;
    },
  };
}

export type LastFileRead = ReturnType<typeof lastFileRead>;
