import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { SubmitForm } from '../app/SubmitForm';
import { PickPathButton } from './PickPathButton';

/** 다른 PC로 옮기기: one file with every record and photo out of this PC, and such a file into a new one. */
export function MoveToNewPc() {
  const [folder, setFolder] = useState('');
  const [file, setFile] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const exportFile = async () => {
    const result = await call('backup.exportForMove', { folder });
    setError(result.ok ? null : result.error);
    setWritten(result.ok ? result.value.file : null);
  };
  const importFile = async () => {
    setConfirming(false);
    const result = await call('backup.importFromFile', { file });
    setError(result.ok ? null : result.error);
    if (result.ok) notifications.show({ color: 'green', message: '옮겨 온 기록으로 바꾸었습니다. 이 PC에 있던 기록은 백업으로 남겼습니다.' });
  };

  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        다른 PC로 옮기기
      </Title>
      <SubmitForm onSubmit={exportFile}>
        <Group align="flex-end">
          <TextInput label="옮길 파일을 저장할 폴더" placeholder="예: E:\ (USB)" value={folder} onChange={(e) => setFolder(e.currentTarget.value)} error={errorFor(error, 'folder')} style={{ flex: 1 }} />
          <PickPathButton kind="folder" onPicked={setFolder} />
          <Button type="submit" variant="light">
            옮길 파일 만들기
          </Button>
        </Group>
      </SubmitForm>
      {written && (
        <Alert color="green">
          모든 기록과 사진을 담은 파일을 만들었습니다: <code>{written}</code>
        </Alert>
      )}
      <SubmitForm onSubmit={() => setConfirming(true)}>
        <Group align="flex-end">
          <TextInput label="옮겨 온 파일" placeholder="예: E:\minwon-move-20261202-143005.sqlite" value={file} onChange={(e) => setFile(e.currentTarget.value)} error={errorFor(error, 'file')} style={{ flex: 1 }} />
          <PickPathButton kind="file" onPicked={setFile} />
          <Button type="submit" variant="light">
            가져오기
          </Button>
        </Group>
      </SubmitForm>
      {error && !error.field && <Alert color="red">{error.message}</Alert>}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="옮겨 온 기록으로 바꾸기">
        <Stack>
          <Text>이 PC의 모든 기록을 옮겨 온 파일의 기록으로 바꿉니다. 지금 기록은 먼저 백업으로 남겨 둡니다.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              취소
            </Button>
            <Button color="red" onClick={() => void importFile()}>
              바꾸기
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
