import { Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { EARLIER_TOTAL_AREAS, earlierTotalLines, type EarlierTotal, type EarlierTotalArea } from '../../shared/contract/imports';
import { trainingKindLabels } from '../../shared/contract/trainings';
import { INTERPRETATION_LANGUAGES, SIGN_LANGUAGE } from '../../shared/interpretationLanguages';
import { communicationCategoryLabel } from '../../shared/pledge/records';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';

/** The 세부 구분 a line's total may name: a language, a kind of training, a column of 구민소통. */
const itemOptions = (area: EarlierTotalArea): { value: string; label: string }[] => {
  switch (earlierTotalLines[area].item) {
    case 'language':
      return [{ value: '', label: '(언어 구분 없음)' }, ...INTERPRETATION_LANGUAGES.filter((l) => l.code !== SIGN_LANGUAGE).map((l) => ({ value: l.code, label: l.label }))];
    case 'trainingKind':
      return Object.entries(trainingKindLabels).map(([value, label]) => ({ value, label }));
    case 'communicationCategory':
      return Object.entries(communicationCategoryLabel).map(([value, label]) => ({ value, label }));
    default:
      return [];
  }
};

/** `2023년 5월` or `2023년`. */
const periodText = (period: string) => (period.length === 4 ? `${period}년` : `${period.slice(0, 4)}년 ${Number(period.slice(5, 7))}월`);

/** How a total reads in a list: `31건, 이용자 20명`. */
export const totalText = (t: EarlierTotal) => {
  const line = earlierTotalLines[t.area];
  return [`${t.count}${line.unit}`, t.departments !== null ? `${t.departments}개부서` : null, t.people !== null && line.people ? `${line.people} ${t.people}명` : null].filter(Boolean).join(', ');
};

export const itemText = (t: EarlierTotal) => itemOptions(t.area).find((o) => o.value === t.item && t.item !== '')?.label ?? '';

const blank = { area: 'loans' as EarlierTotalArea, item: '', period: '', cardId: '', count: '' as number | '', people: '' as number | '', departments: '' as number | '', source: '' };

/**
 * 이전 집계: the totals of a paper report for months or years with no records in the app, entered per
 * line of the card with their source, listed, and removed (a month that gets records must lose its total first).
 */
export function EarlierTotals() {
  const totals = useChannel('earlierTotals.list', { area: null });
  const cards = useChannel('pledge.cards', {});
  const [removeError, setRemoveError] = useState<string | null>(null);
  const form = useContractForm('earlierTotals.save', {
    initialValues: blank,
    toInput: (v) => ({
      area: v.area,
      item: v.item,
      period: v.period.trim(),
      cardId: v.cardId ? Number(v.cardId) : null,
      count: v.count === '' ? Number.NaN : v.count,
      people: v.people === '' ? null : v.people,
      departments: v.departments === '' ? null : v.departments,
      source: v.source,
    }),
  });
  const line = earlierTotalLines[form.values.area];
  const items = itemOptions(form.values.area);

  const remove = async (t: EarlierTotal) => {
    const result = await call('earlierTotals.delete', { id: t.id });
    setRemoveError(result.ok ? null : result.error.message);
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <ContractForm form={form} aria-label="이전 집계 입력" onSaved={() => form.startOver({ ...blank, area: form.values.area, source: form.values.source })}>
          <Stack gap="sm">
            <Title order={3} size="h5">
              이전 집계 입력
            </Title>
            <Text size="xs" c="dimmed">
              앱에 기록이 없는 달(또는 해)의 실적을 보고서의 숫자로 넣습니다. 공약 카드는 이 숫자를 기록과 똑같이 셉니다. 기록이 있는 달에는 넣을 수 없습니다.
            </Text>
            <Group align="flex-start">
              <Select
                label="실적 항목"
                data={EARLIER_TOTAL_AREAS.map((a) => ({ value: a, label: earlierTotalLines[a].label }))}
                allowDeselect={false}
                w={160}
                {...form.getInputProps('area')}
                onChange={(v) => form.setValues({ area: (v ?? 'loans') as EarlierTotalArea, item: '', cardId: '', people: '', departments: '' })}
              />
              {items.length > 0 && <Select label="세부 구분" data={items} allowDeselect={false} w={170} {...form.getInputProps('item')} />}
              {form.values.area === 'communication' && (
                <Select label="공약 카드" data={(cards.data ?? []).map((c) => ({ value: String(c.id), label: `${c.areaNumber} ${c.title}` }))} w={220} {...form.getInputProps('cardId')} />
              )}
              <TextInput label="연도 또는 월" placeholder="2023 또는 2023-07" w={140} {...form.getInputProps('period')} />
              <CountInput label={`건수(${line.unit})`} w={110} {...form.countProps('count')} />
              {line.departments && <CountInput label="부서 수" w={100} {...form.countProps('departments')} />}
              {line.people && <CountInput label={`${line.people}(명)`} w={110} {...form.countProps('people')} />}
              <TextInput label="출처" placeholder="예: 2023년 하반기 실적 보고" style={{ flex: 1, minWidth: 200 }} {...form.getInputProps('source')} />
            </Group>
            <Group>
              <Button type="submit" loading={form.saving}>
                이전 집계 저장
              </Button>
            </Group>
            <FormError />
          </Stack>
        </ContractForm>
      </Paper>
      {removeError && <Alert color="red">{removeError}</Alert>}
      {totals.error && <Alert color="red">{totals.error.message}</Alert>}
      <Table aria-label="이전 집계 목록" striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>항목</Table.Th>
            <Table.Th>기간</Table.Th>
            <Table.Th>실적</Table.Th>
            <Table.Th>출처</Table.Th>
            <Table.Th>입력</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(totals.data ?? []).length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed">
                  이전 집계가 없습니다.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {(totals.data ?? []).map((t) => (
            <Table.Tr key={t.id} aria-label={`${earlierTotalLines[t.area].label} ${periodText(t.period)}`}>
              <Table.Td>
                {earlierTotalLines[t.area].label}
                {itemText(t) && ` · ${itemText(t)}`}
              </Table.Td>
              <Table.Td>{periodText(t.period)}</Table.Td>
              <Table.Td>{totalText(t)}</Table.Td>
              <Table.Td>{t.source}</Table.Td>
              <Table.Td>{t.updatedByName ?? ''}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" color="red" onClick={() => void remove(t)} aria-label={`${earlierTotalLines[t.area].label} ${periodText(t.period)} 이전 집계 지우기`}>
                  지우기
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
