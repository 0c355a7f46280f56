import { Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useChannel } from '../api/useChannel';
import { useAppState } from './SessionContext';

/** "Who is at this PC": every record this person saves carries their name. */
export function CurrentStaffPicker() {
  const { session, switchStaff } = useAppState();
  const { data: staff } = useChannel('staff.list', { includeInactive: false });
  const [error, setError] = useState<string | null>(null);

  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed">
        사용자
      </Text>
      <Select
        aria-label="현재 사용자"
        placeholder="사용자 선택"
        searchable
        nothingFoundMessage="직원·부서 메뉴에서 직원을 먼저 등록하세요"
        w={220}
        data={(staff ?? []).map((s) => ({ value: String(s.id), label: `${s.name} (${s.departmentName})` }))}
        value={session?.staffId ? String(session.staffId) : null}
        onChange={async (value) => setError(await switchStaff(value ? Number(value) : null))}
        error={error}
      />
    </Group>
  );
}
