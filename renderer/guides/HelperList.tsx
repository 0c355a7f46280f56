import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { helperKindLabel, type GuideHelper } from '../../shared/contract/guides';
import { maskPhone } from '../../shared/korean/mask';
import { fullDate } from '../../shared/korean/reportFormat';
import { matchesKoreanQuery } from '../../shared/korean/search';
import { useChannel } from '../api/useChannel';
import { FormModal } from '../forms/FormModal';
import { quotaText } from './guideFormat';
import { HelperForm } from './HelperForm';

/** 도우미 명단: who may be put on the roster, contacts masked in the list. */
export function HelperList() {
  const [includeInactive, setIncludeInactive] = useState(false);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<GuideHelper | 'new' | null>(null);
  const helpers = useChannel('guides.helpers', { includeInactive });
  const today = deskToday();
  const shown = (helpers.data ?? []).filter((h) => matchesKoreanQuery(`${h.name} ${helperKindLabel[h.kind]}`, query));

  return (
    <Stack>
      <Group>
        <TextInput aria-label="도우미 검색" placeholder="이름 검색 (초성 가능)" value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={260} />
        <Checkbox label="활동 끝난 도우미 포함" checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
        <Button onClick={() => setEditing('new')}>도우미 추가</Button>
      </Group>
      {helpers.error && <Alert color="red">{helpers.error.message}</Alert>}
      <Table striped highlightOnHover aria-label="도우미 명단">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>이름</Table.Th>
            <Table.Th>구분</Table.Th>
            <Table.Th>연락처</Table.Th>
            <Table.Th>활동 기간</Table.Th>
            <Table.Th>월 기준</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>
                {h.name}{' '}
                {h.activeTo !== null && h.activeTo < today && (
                  <Badge color="gray" size="sm">
                    종료
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{helperKindLabel[h.kind]}</Table.Td>
              <Table.Td>{h.contact ? maskPhone(h.contact) : '-'}</Table.Td>
              <Table.Td>
                {fullDate(h.activeFrom)}~{h.activeTo ? fullDate(h.activeTo) : ''}
              </Table.Td>
              <Table.Td>{quotaText(h)}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" onClick={() => setEditing(h)} aria-label={`${h.name} 수정`}>
                  수정
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {helpers.data && shown.length === 0 && (
        <Text c="dimmed">{helpers.data.length === 0 ? '등록된 도우미가 없습니다. 도우미를 추가하세요.' : '검색 결과가 없습니다.'}</Text>
      )}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? '도우미 추가' : '도우미 수정'}>
        {editing !== null && <HelperForm editing={editing === 'new' ? null : editing} onCancel={() => setEditing(null)} onSaved={() => setEditing(null)} />}
      </FormModal>
    </Stack>
  );
}
