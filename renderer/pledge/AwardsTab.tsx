import { Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { deskToday } from '../../shared/korean/deskClock';
import { factDate } from '../../shared/pledge/factDates';
import type { Award, DatePrecision } from '../../shared/pledge/records';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { RowActions } from '../app/RowActions';
import { useContractForm } from '../forms/useContractForm';
import { FactDateField } from './FactDateField';
import { RecordFormButtons, RecordFormPanel } from './RecordForm';

const blank = () => ({ id: null as number | null, title: '', awardedBy: '', outcome: '선정', date: deskToday(), datePrecision: 'day' as DatePrecision });

/** 수상·대외평가: `○ 행정안전부 '민원서비스 혁신 우수사례' 선정 : 2024.12월` on the card. */
export function AwardsTab({ cardId }: { cardId: number }) {
  const awards = useChannel('pledge.awards', { cardId });
  const form = useContractForm('pledge.saveAward', { initialValues: blank(), toInput: (v) => ({ ...v, cardId, id: v.id ?? undefined }) });
  const remove = async (a: Award) => {
    if (!window.confirm(`'${a.title}' 기록을 지울까요?`)) return;
    const result = await call('pledge.deleteAward', { id: a.id });
    if (!result.ok) form.setFormError(result.error.message);
  };

  return (
    <Stack>
      <RecordFormPanel form={form} onSaved={() => form.startOver(blank())}>
        <Group align="flex-start">
          <TextInput label="수여 기관" placeholder="행정안전부" w={180} {...form.getInputProps('awardedBy')} />
          <TextInput label="수상·선정 내용" required placeholder="민원서비스 혁신 우수사례" style={{ flex: 1 }} {...form.getInputProps('title')} />
          <TextInput label="결과" required placeholder="선정, 최우수 …" w={120} {...form.getInputProps('outcome')} />
          <FactDateField
            label="날짜"
            required
            w={190}
            {...form.getInputProps('date')}
            precision={form.values.datePrecision}
            onPrecisionChange={(p) => form.setFieldValue('datePrecision', p)}
          />
          <RecordFormButtons editing={form.values.id !== null} onCancel={() => form.startOver(blank())} isUnsaved={form.isUnsaved} mt={25} />
        </Group>
      </RecordFormPanel>
      <Table aria-label="수상·대외평가" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>날짜</Table.Th>
            <Table.Th>카드에 적히는 줄</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(awards.data ?? []).map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{factDate(a)}</Table.Td>
              <Table.Td>{`${a.awardedBy ? `${a.awardedBy} ` : ''}'${a.title}' ${a.outcome}`}</Table.Td>
              <Table.Td>
                <RowActions
                  name={a.title}
                  onEdit={() => form.startOver({ id: a.id, title: a.title, awardedBy: a.awardedBy, outcome: a.outcome, date: a.date, datePrecision: a.datePrecision })}
                  onDelete={() => void remove(a)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {awards.data?.length === 0 && <Text c="dimmed">기록된 수상·대외평가가 없습니다.</Text>}
    </Stack>
  );
}
