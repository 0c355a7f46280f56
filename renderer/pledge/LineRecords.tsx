import { Alert, Anchor, Loader, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { calendarYearsOf } from '../../shared/figures';
import { period } from '../../shared/korean/reportFormat';
import type { SectionLine } from '../../shared/pledge/section';
import { ImportedSources } from '../imports/ImportedSources';
import { LineEarlierTotals } from '../imports/LineEarlierTotals';
import { areaRecordLists, type RecordList } from './areaRecords';

/** Beside the section: the figures of the chosen line, and the records they were counted from. */
export function LineRecords({ cardId, line }: { cardId: number; line: SectionLine | null }) {
  const years = line?.source ? calendarYearsOf(line.source) : [];
  const [yearIndex, setYearIndex] = useState(0);
  const [list, setList] = useState<RecordList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const range = years[Math.min(yearIndex, years.length - 1)] ?? null;
  const load = line?.source ? areaRecordLists[line.source.area] : null;

  useEffect(() => setYearIndex(0), [line?.key]);
  useEffect(() => {
    setList(null);
    setError(null);
    if (!line?.source || !range || !load) return;
    let live = true;
    load(line.source, range, cardId).then(
      (l) => live && setList(l),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [line?.key, line?.source, range?.from, range?.to, cardId, load]);

  if (!line) {
    return (
      <Paper withBorder p="md">
        <Text c="dimmed">줄을 고르면 그 줄을 만든 기록이 여기에 나옵니다.</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" aria-label="줄의 근거 기록" component="section">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {line.level} {line.text}
        </Title>
        {line.noteId !== undefined && <Text size="sm">직접 추가한 메모 줄입니다. 기록에서 나온 숫자가 아닙니다.</Text>}
        {!line.source && line.noteId === undefined && <Text size="sm">제목 줄입니다. 아래 줄들이 기록에서 나옵니다.</Text>}
        {line.source && <Text size="sm" c="dimmed">집계 기간 {period(line.source.from, line.source.to)}</Text>}
        {line.figures.length > 0 && (
          <Table aria-label="줄의 수치" withTableBorder>
            <Table.Tbody>
              {line.figures.map((f) => (
                <Table.Tr key={`${f.label}-${f.value}`}>
                  <Table.Td>{f.label}</Table.Td>
                  <Table.Td ta="right">{f.value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {years.length > 1 && (
          <SegmentedControl aria-label="기록을 볼 연도" data={years.map((y, i) => ({ value: String(i), label: `${y.from.slice(0, 4)}년` }))} value={String(yearIndex)} onChange={(v) => setYearIndex(Number(v))} />
        )}
        {error && <Alert color="red">{error}</Alert>}
        {load && !list && !error && <Loader size="sm" aria-label="기록 불러오는 중" />}
        {list && (
          <>
            <Text fw={600}>
              {list.title} <Anchor href={list.href} size="sm">(목록으로)</Anchor>
            </Text>
            {list.note && <Text size="xs" c="dimmed">{list.note}</Text>}
            <Table aria-label="근거 기록" striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  {list.headers.map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.rows.map((r, i) => (
                  <Table.Tr key={i}>
                    {r.map((c, j) => (
                      <Table.Td key={j}>{c}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {list.imported && list.imported.ids.length > 0 && <ImportedSources {...list.imported} />}
          </>
        )}
        {line.source && range && <LineEarlierTotals source={line.source} range={range} />}
      </Stack>
    </Paper>
  );
}
