import { Badge, Button, Group, Modal, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ConnectionStatus, KeptEntry } from '../../shared/contract/connection';
import { deskNow } from '../../shared/korean/deskClock';
import { call } from '../api/client';

/** The header asks this often; the answer comes from this PC at once, never from a server that is gone. */
const ASK_EVERY_MS = 3000;

const when = (iso: string) => {
  const t = deskNow(new Date(iso));
  return `${t.date.slice(5).replace('-', '.')}. ${t.time}`;
};

/**
 * In the header, only on the office server: whether the desk reaches it, and the entries kept on this
 * PC meanwhile. Opening it lists them; one the server refused waits for a person to send it again or
 * set it aside, never dropped by itself.
 */
export function ConnectionBadge() {
  const [status, setStatus] = useState<ConnectionStatus | null>(null);
  const [open, setOpen] = useState(false);
  const [kept, setKept] = useState<KeptEntry[]>([]);

  useEffect(() => {
    let live = true;
    const ask = () => void call('connection.status', {}).then((r) => live && r.ok && setStatus(r.value));
    ask();
    const timer = setInterval(ask, ASK_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  useEffect(() => {
    if (open) void call('outbox.list', {}).then((r) => r.ok && setKept(r.value));
  }, [open, status?.waiting, status?.conflicts]);

  if (!status || status.engine !== 'postgres') return null;
  const pending = status.waiting + status.conflicts;
  const act = async (channel: 'outbox.retry' | 'outbox.discard', id: number) => {
    const result = await call(channel, { id });
    if (result.ok) setKept(result.value);
  };

  return (
    <>
      <UnstyledButton onClick={() => setOpen(true)} aria-label="사무실 서버 연결 상태">
        <Badge color={!status.online ? 'red' : status.conflicts ? 'orange' : 'green'} variant="filled" size="lg">
          {!status.online ? '서버 연결 끊김' : '사무실 서버'}
          {pending > 0 && ` · 보관 ${pending}건`}
        </Badge>
      </UnstyledButton>
      <Modal opened={open} onClose={() => setOpen(false)} title="사무실 서버 연결" size="lg">
        <Stack>
          <Text>
            {status.online
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
    </>
  );
}
