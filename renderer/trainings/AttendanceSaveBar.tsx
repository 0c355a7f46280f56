import { Button, Group, Text } from '@mantine/core';
import { FormError } from '../forms/FormError';
import { useFormState } from '../forms/formContext';

/** The foot of a session's attendance sheet, which saves all its rows at once and only when told to. */
export function AttendanceSaveBar({ label }: { label: string }) {
  const form = useFormState();
  const unsaved = form?.isUnsaved() ?? false;
  if (form?.readOnly) return null;
  return (
    <>
      <FormError />
      <Group justify="flex-end">
        {unsaved && (
          <Text size="sm" c="orange.9">
            저장하지 않은 변경이 있습니다.
          </Text>
        )}
        <Button type="submit" loading={form?.saving} disabled={!unsaved}>
          {label}
        </Button>
      </Group>
    </>
  );
}
