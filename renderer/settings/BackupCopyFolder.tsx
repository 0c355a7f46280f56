import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { SubmitForm } from '../app/SubmitForm';
import { PickPathButton } from './PickPathButton';

/** The second backup folder: another drive or a network folder, where each finished backup is also copied. */
export function BackupCopyFolder({ current }: { current: string }) {
  const [folder, setFolder] = useState(current);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => setFolder(current), [current]);

  const save = async () => {
    const result = await call('backup.setCopyFolder', { folder });
    setError(result.ok ? null : result.error);
    if (result.ok) notifications.show({ color: 'green', message: folder ? '두 번째 백업 폴더를 정했습니다.' : '두 번째 백업 폴더를 쓰지 않습니다.' });
  };

  return (
    <SubmitForm onSubmit={save}>
      <Group align="flex-end">
        <TextInput
          label="두 번째 백업 폴더"
          description="다른 드라이브나 네트워크 폴더(예: \\서버\민원백업). 비우면 쓰지 않습니다."
          value={folder}
          onChange={(e) => setFolder(e.currentTarget.value)}
          error={errorFor(error, 'folder') ?? (error && !error.field ? error.message : undefined)}
          style={{ flex: 1 }}
        />
        <PickPathButton kind="folder" onPicked={setFolder} />
        <Button type="submit" variant="light">
          저장
        </Button>
      </Group>
    </SubmitForm>
  );
}
