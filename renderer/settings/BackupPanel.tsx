import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { backupTierLabel, type BackupEntry } from '../../shared/contract/backup';
import { deskNow } from '../../shared/korean/deskClock';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { BackupCopyFolder } from './BackupCopyFolder';
import { MoveToNewPc } from './MoveToNewPc';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`);
const when = (iso: string) => {
  const t = deskNow(new Date(iso));
  return `${t.date.replaceAll('-', '.')}. ${t.time}`;
};

/** Settings → 백업: the backups on this PC and in the second folder, "지금 백업", and restoring one. */
export function BackupPanel() {
  const overview = useChannel('backup.list', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  const backupNow = async () => {
    setBusy(true);
    const result = await call('backup.now', {});
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) notifications.show({ color: 'green', message: '백업했습니다.' });
  };

  const restore = async (entry: BackupEntry) => {
    setBusy(true);
    const result = await call('backup.restore', { id: entry.id, location: entry.location });
    setBusy(false);
    setRestoring(null);
    setError(result.ok ? null : result.error);
    if (result.ok) notifications.show({ color: 'green', message: `백업으로 되돌렸습니다. 되돌리기 전의 기록은 '${backupTierLabel.safety}' 백업으로 남겼습니다.` });
  };

  const data = overview.data;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h5">
            백업
          </Title>
          <Button onClick={() => void backupNow()} loading={busy}>
            지금 백업
          </Button>
        </Group>
        <Text size="sm">
          매일 처음 켤 때 자동으로 백업합니다(최근 14일, 8주, 12개월 보관). 사진도 기록과 함께 백업 파일 하나에 들어 있습니다.
        </Text>
        {data && (
          <Text size="sm">
            백업 폴더: <code>{data.localFolder}</code>
          </Text>
        )}
        {data?.copyError && <Alert color="orange">{data.copyError}</Alert>}
        {error && <Alert color="red">{error.message}</Alert>}
        {data && data.backups.length === 0 && <Text size="sm">아직 백업이 없습니다.</Text>}
        {data && data.backups.length > 0 && (
          <Table striped aria-label="백업 목록">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>종류</Table.Th>
                <Table.Th>만든 때</Table.Th>
                <Table.Th>크기</Table.Th>
                <Table.Th>위치</Table.Th>
                <Table.Th>
                  <VisuallyHidden>되돌리기</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.backups.map((b) => (
                <Table.Tr key={`${b.location}:${b.id}`}>
                  <Table.Td>{backupTierLabel[b.tier]}</Table.Td>
                  <Table.Td>{when(b.takenAt)}</Table.Td>
                  <Table.Td>{size(b.sizeBytes)}</Table.Td>
                  <Table.Td>{b.location === 'local' ? '이 PC' : '두 번째 폴더'}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setRestoring(b)} aria-label={`${when(b.takenAt)} 백업으로 되돌리기`}>
                      되돌리기
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <BackupCopyFolder current={data?.copyFolder ?? ''} />
        <MoveToNewPc />
      </Stack>
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title="백업으로 되돌리기">
        {restoring && (
          <Stack>
            <Text>
              {when(restoring.takenAt)}의 백업({backupTierLabel[restoring.tier]})으로 모든 기록을 되돌립니다. 그 뒤에 입력한 기록은 목록에서 빠지지만, 지금
              기록은 먼저 &lsquo;{backupTierLabel.safety}&rsquo; 백업으로 남겨 두므로 다시 되돌릴 수 있습니다.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRestoring(null)}>
                취소
              </Button>
              <Button color="red" loading={busy} onClick={() => void restore(restoring)}>
                되돌리기
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
