import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { RecordSource } from '../../shared/contract/imports';
import { sourcesText } from '../../shared/imports/recordSources';
import { useChannel } from '../api/useChannel';

/** Where each of the records on screen came from, by record id: only the imported ones are in it. */
export function useRecordSources(recordTable: string, ids: number[]): Map<number, RecordSource[]> {
  const { data } = useChannel('imports.sourcesOf', { recordTable, ids });
  return useMemo(() => {
    const byRecord = new Map<number, RecordSource[]>();
    for (const s of data ?? []) if (s.recordId !== null) byRecord.set(s.recordId, [...(byRecord.get(s.recordId) ?? []), s]);
    return byRecord;
  }, [data]);
}

/**
 * On an imported record: the old ledger's file, sheet and rows it came from (`가져옴: 통역 지원
 * 일지.xlsx · 통역일지 · 12행`), small, so a figure can be traced back to its line there. Nothing for a
 * record typed at the desk.
 */
export function ImportedFrom({ sources, inline = false }: { sources: RecordSource[] | undefined; inline?: boolean }) {
  if (!sources?.length) return null;
  return (
    <Text size="xs" c="dimmed" span={inline}>
      가져옴: {sourcesText(sources)}
    </Text>
  );
}

/** ImportedFrom for one record shown on its own (a training, a healing program). */
export function RecordImportedFrom({ recordTable, id }: { recordTable: string; id: number }) {
  const sources = useRecordSources(recordTable, [id]);
  return <ImportedFrom sources={sources.get(id)} />;
}
