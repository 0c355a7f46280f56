import { Alert, Button, Group, Text } from '@mantine/core';
import type { AppError } from '../../shared/result';

interface Props {
  error: AppError | null;
  /** Something was changed since the last save: the warning shows and the button wakes up. */
  dirty: boolean;
  busy: boolean;
  onSave: () => void;
  label: string;
}

/** The foot of a session's attendance sheet, which saves all its rows at once and only when told to. */
export function AttendanceSaveBar({ error, dirty, busy, onSave, label }: Props) {
  return (
    <>
      {error && <Alert color="red">{error.message}</Alert>}
      <Group justify="flex-end">
        {dirty && (
          <Text size="sm" c="orange.9">
            저장하지 않은 변경이 있습니다.
          </Text>
        )}
        <Button onClick={onSave} loading={busy} disabled={!dirty}>
          {label}
        </Button>
      </Group>
    </>
  );
}
