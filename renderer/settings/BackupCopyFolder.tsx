import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';
import { PickPathButton } from './PickPathButton';

/** The second backup folder: another drive or a network folder, where each finished backup is also copied. */
export function BackupCopyFolder({ current }: { current: string }) {
  // Keyed by the stored folder: a folder saved (here or on another desk) starts the form again from it.
  return <CopyFolderForm key={current} current={current} />;
}

function CopyFolderForm({ current }: { current: string }) {
  const form = useContractForm('backup.setCopyFolder', { initialValues: { folder: current }, toInput: (v) => v });
  return (
    <ContractForm
      form={form}
      aria-label="두 번째 백업 폴더"
      onSaved={(saved) => notifications.show({ color: 'green', message: saved.copyFolder ? '두 번째 백업 폴더를 정했습니다.' : '두 번째 백업 폴더를 쓰지 않습니다.' })}
    >
      <Group align="flex-end">
        <TextInput
          label="두 번째 백업 폴더"
          description="다른 드라이브나 네트워크 폴더(예: \\서버\민원백업). 비우면 쓰지 않습니다."
          style={{ flex: 1 }}
          {...form.getInputProps('folder')}
          error={form.errors.folder ?? form.formError}
        />
        <PickPathButton kind="folder" onPicked={(path) => form.setFieldValue('folder', path)} />
        <Button type="submit" variant="light" loading={form.saving}>
          저장
        </Button>
      </Group>
    </ContractForm>
  );
}
