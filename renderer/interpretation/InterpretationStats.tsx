import { Alert, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CountLine, PeriodCount } from '../../shared/contract/interpretation';
import { countOrDash } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';
import { FigureChart } from '../charts/FigureChart';
import { todayDate } from './dates';
import { languageMix, methodMix } from './interpretationCharts';

const thisYear = todayDate().getFullYear();
const YEARS = Array.from({ length: 12 }, (_, i) => String(thisYear + 1 - i));
const pair = (c: { cases: number; people: number }) => `${countOrDash(c.cases, '건')} / ${countOrDash(c.people, '명')}`;

/** One table of lines (languages or ways) against the years of the period. */
function LinesByYear({ label, heading, yearly, pick }: { label: string; heading: string; yearly: PeriodCount[]; pick: (p: PeriodCount) => CountLine[] }) {
  const keys = new Map<string, string>();
  for (const y of yearly) for (const l of pick(y)) keys.set(l.key, l.label);
  return (
    <Table withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{heading}</Table.Th>
          {yearly.map((y) => (
            <Table.Th key={y.period} ta="right">
              {y.period}년
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...keys].map(([key, name]) => (
          <Table.Tr key={key}>
            <Table.Td>{name}</Table.Td>
            {yearly.map((y) => (
              <Table.Td key={y.period} ta="right">
                {pair(pick(y).find((l) => l.key === key) ?? { cases: 0, people: 0 })}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Monthly and yearly 건·명 by kind (외국어/수어), language and way: the figures the report and the office publish. */
export function InterpretationStats() {
  const [fromYear, setFromYear] = useState(String(thisYear - 1));
  const [toYear, setToYear] = useState(String(thisYear));
  const counts = useChannel('interpretation.figures', { from: `${fromYear}-01-01`, to: `${toYear}-12-31` });
  const data = counts.data;

  return (
    <Stack>
      <Group align="flex-end">
        <Select label="시작 연도" data={YEARS} value={fromYear} onChange={(v) => v && setFromYear(v)} allowDeselect={false} w={120} />
        <Select label="종료 연도" data={YEARS} value={toYear} onChange={(v) => v && setToYear(v)} allowDeselect={false} w={120} />
        <Text size="sm" c="dimmed">
          실적은 처리 완료·다른 기관 안내만 셉니다(미처리·취소·예약 제외). 한국수어는 수어 통역, 나머지는 외국어 통역입니다.
        </Text>
      </Group>
      {counts.error && <Alert color="red">{counts.error.message}</Alert>}
      {data && (
        <>
          <Title order={3} size="h5">
            연도별
          </Title>
          <Table withTableBorder aria-label="연도별 통역 실적">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>연도</Table.Th>
                <Table.Th ta="right">외국어 통역</Table.Th>
                <Table.Th ta="right">수어 통역</Table.Th>
                <Table.Th ta="right">합계</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.yearly.map((y) => (
                <Table.Tr key={y.period}>
                  <Table.Td>{y.period}년</Table.Td>
                  <Table.Td ta="right">{pair(y.foreign)}</Table.Td>
                  <Table.Td ta="right">{pair(y.sign)}</Table.Td>
                  <Table.Td ta="right">{pair(y)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <FigureChart kind="bar" figure={languageMix(data.yearly)} />
            <FigureChart kind="bar" orientation="vertical" figure={methodMix(data.yearly)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <LinesByYear label="언어별 연도 실적" heading="언어" yearly={data.yearly} pick={(p) => p.byLanguage} />
            <LinesByYear label="지원 방법별 연도 실적" heading="지원 방법" yearly={data.yearly} pick={(p) => p.byMethod} />
          </SimpleGrid>
          <Title order={3} size="h5">
            월별
          </Title>
          <Table withTableBorder striped aria-label="월별 통역 실적">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>월</Table.Th>
                <Table.Th ta="right">외국어 통역</Table.Th>
                <Table.Th ta="right">수어 통역</Table.Th>
                <Table.Th ta="right">합계</Table.Th>
                <Table.Th>많은 언어</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.monthly.map((m) => (
                <Table.Tr key={m.period}>
                  <Table.Td>{`${m.period.slice(0, 4)}. ${Number(m.period.slice(5))}월`}</Table.Td>
                  <Table.Td ta="right">{pair(m.foreign)}</Table.Td>
                  <Table.Td ta="right">{pair(m.sign)}</Table.Td>
                  <Table.Td ta="right">{pair(m)}</Table.Td>
                  <Table.Td>{m.byLanguage.slice(0, 3).map((l) => `${l.label} ${l.cases}`).join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
