import { createHash } from 'node:crypto';
import type { Sheet } from '../staff/staffSheet';

/** How long a file read for its preview is kept for its save: far longer than a look over the preview. */
const KEEP_MS = 30 * 60_000;

/**
 * The sheets of the last file the wizard read, kept until it is saved, another file is read, or half an
 * hour has passed. The preview and the save read the same file: reading a 10,000-row ledger again would
 * cost a second or two and its cells in memory a second time. Kept by its content, so a file changed
 * and read again (the wizard's "fix the file and read it again") is read afresh.
 */
export function lastFileRead() {
  let kept: { key: string; sheets: Sheet[] } | null = null;
  let expiry: NodeJS.Timeout | null = null;
  // An old ledger holds visitors' names and phones: a preview left without saving is not kept for long.
  const keep = (next: typeof kept) => {
    kept = next;
    if (expiry) clearTimeout(expiry);
    expiry = next ? setTimeout(() => (kept = null), KEEP_MS).unref() : null;
  };
  const keyOf = (fileName: string, contentBase64: string) => createHash('sha256').update(fileName).update('\u0000').update(contentBase64).digest('hex');
  return {
    async sheets(fileName: string, contentBase64: string, read: () => Promise<Sheet[]>): Promise<Sheet[]> {
      const key = keyOf(fileName, contentBase64);
      if (kept?.key === key) return kept.sheets;
      // The previous file goes before this one is read: only one is ever held.
      keep(null);
      const sheets = await read();
      keep({ key, sheets });
      return sheets;
    },
    /** After a save: the file is in, nothing of it need stay in memory. */
    forget() {
      keep(null);
    },
  };
}

export type LastFileRead = ReturnType<typeof lastFileRead>;
