import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { PickPathButton } from './PickPathButton';

/** 다른 PC로 옮기기: one file with every record and photo out of this PC, and such a file into a new one. */
export function MoveToNewPc() {
  const out = useContractForm('backup.exportForMove', { initialValues: { folder: '' }, toInput: (v) => v });
  const into = useContractForm('backup.importFromFile', { initialValues: { file: '' }, toInput: (v) => v });
  const [written, setWritten] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const replace = into.save({
    onSaved: () => {
      into.startOver();
      notifications.show({ color: 'green', message: '옮겨 온 기록으로 바꾸었습니다. 이 PC에 있던 기록은 백업으로 남겼습니다.' });
    },
  });

  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        다른 PC로 옮기기
      </Title>
      <ContractForm form={out} aria-label="옮길 파일 만들기" onSaved={(made) => setWritten(made.file)}>
        <Group align="flex-end">
          <TextInput label="옮길 파일을 저장할 폴더" placeholder="예: E:\ (USB)" style={{ flex: 1 }} {...out.getInputProps('folder')} />
          <PickPathButton kind="folder" onPicked={(path) => out.setFieldValue('folder', path)} />
          <Button type="submit" variant="light" loading={out.saving}>
            옮길 파일 만들기
          </Button>
        </Group>
        <FormError mt="xs" />
      </ContractForm>
      {written && (
        <Alert color="green">
          모든 기록과 사진을 담은 파일을 만들었습니다: <code>{written}</code>
        </Alert>
      )}
      {/* The path is checked first; only then the question, and only the answer 바꾸기 sends it. */}
      <ContractForm form={into} aria-label="옮겨 온 파일 가져오기" onValid={() => setConfirming(true)}>
        <Group align="flex-end">
          <TextInput label="옮겨 온 파일" placeholder="예: E:\minwon-move-20261202-143005.sqlite" style={{ flex: 1 }} {...into.getInputProps('file')} />
          <PickPathButton kind="file" onPicked={(path) => into.setFieldValue('file', path)} />
          <Button type="submit" variant="light" loading={into.saving}>
            가져오기
          </Button>
        </Group>
        <FormError mt="xs" />
      </ContractForm>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="옮겨 온 기록으로 바꾸기" closeButtonProps={{ 'aria-label': '닫기' }}>
        <Stack>
          <Text>이 PC의 모든 기록을 옮겨 온 파일의 기록으로 바꿉니다. 지금 기록은 먼저 백업으로 남겨 둡니다.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              취소
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirming(false);
                replace();
              }}
            >
              바꾸기
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
