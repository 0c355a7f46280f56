import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Badge, Grid, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { kindnessExceptionNote, kindnessMonthLabel, type KindnessHistoryMonth } from '../../shared/contract/kindness';
import { sourcesText } from '../../shared/imports/recordSources';
import { useChannel } from '../api/useChannel';
import { useRecordSources } from '../imports/ImportedFrom';

const STATUS: Record<KindnessHistoryMonth['status'], { label: string; color: string }> = {
  picked: { label: '확정', color: 'green' },
  none: { label: '선정 없음', color: 'gray' },
  open: { label: '미확정', color: 'yellow' },
};

/** The report's line for every year on record, as of today. */
function YearLine({ firstYear }: { firstYear: number }) {
  const today = deskToday();
  const { data } = useChannel('kindness.yearLine', { from: `${firstYear}-01-01`, to: today, asOf: today });
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        보고서 문구(확정된 달만 셉니다)
      </Text>
      <Text fw={700} aria-label="연도별 선정 인원" data-testid="kindness-year-line">
        {data ? `- ${data.line}` : '…'}
      </Text>
    </Paper>
  );
}

/** 선정 이력: a year month by month (picked, "선정 없음" or not yet confirmed), by department and by person. */
export function HistoryTab() {
  const [year, setYear] = useState(Number(deskToday().slice(0, 4)));
  const { data, error } = useChannel('kindness.history', { year });
  const sources = useRecordSources('kindness_pick', (data?.months ?? []).flatMap((m) => m.picks.filter((p) => p.imported).map((p) => p.id)));
  if (error) return <Alert color="red">{error.message}</Alert>;
  const years = data?.years ?? [{ year, picks: 0 }];

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label="연도"
          w={140}
          allowDeselect={false}
          data={years.map((y) => ({ value: String(y.year), label: `${y.year}년 (${y.picks}명)` }))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
        />
      </Group>
      <YearLine firstYear={Math.min(...years.map((y) => y.year))} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Title order={3} size="h5" mb="xs">
            {year}년 월별 선정
          </Title>
          <Table striped aria-label="월별 선정 이력">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>월</Table.Th>
                <Table.Th>상태</Table.Th>
                <Table.Th>선정자(선정 당시 부서·직위)</Table.Th>
                <Table.Th>추천</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.months ?? []).map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td>{kindnessMonthLabel(m.month)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS[m.status].color} variant="light">
                      {STATUS[m.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {m.picks.length === 0
                      ? m.status === 'none'
                        ? '선정 없음'
                        : '—'
                      : m.picks.map((p, i) => (
                          <span key={p.staffId}>
                            {i > 0 && ', '}
                            {`${p.name}(${p.departmentName}${p.position ? `·${p.position}` : ''})`}
                            {p.exception && (
                              <Badge ml={4} color="orange" variant="light" size="sm" title={kindnessExceptionNote(p.exception)} style={{ textTransform: 'none' }}>
                                {kindnessExceptionNote(p.exception)}
                              </Badge>
                            )}
                            {p.imported && (
                              <Badge ml={4} color="gray" variant="light" size="sm" title="예전 선정 명단에서 가져온 선정(추천·심사 기록 없음)">
                                가져옴
                              </Badge>
                            )}
                            {p.imported && sources.has(p.id) && (
                              <Text span size="xs" c="dimmed" ml={4}>
                                {sourcesText(sources.get(p.id)!)}
                              </Text>
                            )}
                          </span>
                        ))}
                    {m.status === 'open' && m.picks.length > 0 && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        — 확정 전
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{m.nominations}건</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data?.months.length === 0 && <Text c="dimmed">{year}년 기록이 없습니다.</Text>}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <div>
              <Title order={3} size="h5" mb="xs">
                부서별 (확정분)
              </Title>
              <Table aria-label="부서별 선정 인원">
                <Table.Tbody>
                  {(data?.byDepartment ?? []).map((d) => (
                    <Table.Tr key={d.departmentName}>
                      <Table.Td>{d.departmentName}</Table.Td>
                      <Table.Td ta="right">{d.picks}명</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {data?.byDepartment.length === 0 && <Text c="dimmed">확정된 선정이 없습니다.</Text>}
            </div>
            <div>
              <Title order={3} size="h5" mb="xs">
                직원별 (확정분)
              </Title>
              <Table aria-label="직원별 선정 이력">
                <Table.Tbody>
                  {(data?.byPerson ?? []).map((p) => (
                    <Table.Tr key={p.staffId}>
                      <Table.Td>
                        {p.name}
                        <Text size="xs" c="dimmed">
                          {p.departmentName}
                        </Text>
                      </Table.Td>
                      <Table.Td>{p.months.map((m) => `${Number(m.slice(5))}월`).join(', ')}</Table.Td>
                      <Table.Td ta="right">{p.picks}회</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
