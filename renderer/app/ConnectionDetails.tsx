import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { KeptEntry } from '../../shared/contract/connection';
import { deskNow } from '../../shared/korean/deskClock';

const when = (iso: string) => {
  const t = deskNow(new Date(iso));
  return `${t.date.slice(5).replace('-', '.')}. ${t.time}`;
};

interface Props {
  opened: boolean;
  onClose: () => void;
  online: boolean;
  kept: KeptEntry[];
  act: (channel: 'outbox.retry' | 'outbox.discard', id: number) => Promise<void>;
}

/** The badge's dialog: the connection, and each entry kept on this PC with what can be done with it. */
export function ConnectionDetails({ opened, onClose, online, kept, act }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="사무실 서버 연결" size="lg">
      <Stack>
        <Text>
          {online
            ? '사무실 서버에 연결되어 있습니다.'
            : '사무실 서버에 연결할 수 없습니다. 휠체어 대여·반납과 통역 요청은 이 PC에 보관했다가, 연결되면 입력한 순서대로 보냅니다. 다른 일은 연결이 돌아온 뒤에 하세요.'}
        </Text>
        {kept.length === 0 ? (
          <Text c="dimmed">이 PC에 보관된 입력이 없습니다.</Text>
        ) : (
          <Table aria-label="이 PC에 보관된 입력">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>입력</Table.Th>
                <Table.Th>내용</Table.Th>
                <Table.Th>입력한 때</Table.Th>
                <Table.Th>상태</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kept.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.kind}</Table.Td>
                  <Table.Td>{k.summary}</Table.Td>
                  <Table.Td>{when(k.queuedAt)}</Table.Td>
                  <Table.Td>{k.state === 'waiting' ? '보낼 차례를 기다림' : `서버가 받지 않음: ${k.message ?? ''}`}</Table.Td>
                  <Table.Td>
                    {k.state === 'conflict' && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => void act('outbox.retry', k.id)}>
                          다시 보내기
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => void act('outbox.discard', k.id)}>
                          보내지 않기
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
