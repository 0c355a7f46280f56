import { deskToday } from '../../shared/korean/deskClock';
import { Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { fullDate } from '../../shared/korean/reportFormat';
import type { Award } from '../../shared/pledge/records';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { RowActions } from '../app/RowActions';
import { RecordFormButtons, RecordFormPanel } from './RecordForm';
import { useRecordForm } from './useRecordForm';

const blank = () => ({ title: '', awardedBy: '', outcome: '선정', date: deskToday() });
const FIELDS = ['title', 'awardedBy', 'outcome', 'date'];

/** 수상·대외평가: `○ 행정안전부 '민원서비스 혁신 우수사례' 선정 : 2024.12월` on the card. */
export function AwardsTab({ cardId }: { cardId: number }) {
  const awards = useChannel('pledge.awards', { cardId });
  const { editingId, fields, set, error, setError, edit, cancel, submit } = useRecordForm(blank);

  const save = () => submit(() => call('pledge.saveAward', { cardId, id: editingId ?? undefined, ...fields }));
  const remove = async (a: Award) => {
    if (!window.confirm(`'${a.title}' 기록을 지울까요?`)) return;
    const result = await call('pledge.deleteAward', { id: a.id });
    if (!result.ok) setError(result.error);
  };

  return (
    <Stack>
      <RecordFormPanel onSubmit={save} error={formError(error, FIELDS)}>
        <Group align="flex-start">
          <TextInput label="수여 기관" placeholder="행정안전부" value={fields.awardedBy} onChange={set('awardedBy')} error={errorFor(error, 'awardedBy')} w={180} />
          <TextInput label="수상·선정 내용" required placeholder="민원서비스 혁신 우수사례" value={fields.title} onChange={set('title')} error={errorFor(error, 'title')} style={{ flex: 1 }} />
          <TextInput label="결과" required placeholder="선정, 최우수 …" value={fields.outcome} onChange={set('outcome')} error={errorFor(error, 'outcome')} w={120} />
          <TextInput label="날짜" required placeholder="2024-12-12" value={fields.date} onChange={set('date')} error={errorFor(error, 'date')} w={140} />
          <RecordFormButtons editing={editingId !== null} onCancel={cancel} mt={25} />
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
              <Table.Td>{fullDate(a.date)}</Table.Td>
              <Table.Td>{`${a.awardedBy ? `${a.awardedBy} ` : ''}'${a.title}' ${a.outcome}`}</Table.Td>
              <Table.Td>
                <RowActions
                  name={a.title}
                  onEdit={() => edit(a.id, { title: a.title, awardedBy: a.awardedBy, outcome: a.outcome, date: a.date })}
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
