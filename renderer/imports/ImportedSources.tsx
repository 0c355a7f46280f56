import { Text } from '@mantine/core';
import { useChannel } from '../api/useChannel';

/**
 * Under a list of records: where the imported ones came from (file, sheet, row), so a figure taken from
 * an old ledger can be traced back to its line there. Nothing shows when none on screen was imported.
 */
export function ImportedSources({ recordTable, ids, describe }: { recordTable: string; ids: number[]; describe: (id: number) => string }) {
  const sources = useChannel('imports.sourcesOf', { recordTable, ids });
  const shown = sources.data ?? [];
  if (shown.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs" aria-label="가져온 기록의 출처">
      가져온 기록 {shown.length}건: {shown.map((s) => `${s.recordId === null ? '' : describe(s.recordId)} ← ${s.text}`).join(' / ')}
    </Text>
  );
}
