import { Select } from '@mantine/core';

interface Props {
  label: string;
  staff: { id: number; name: string }[];
  value: number | null;
  onChange: (staffId: number | null) => void;
  error: string | undefined;
}

/** Who handled a loan at the desk: once chosen it cannot be emptied, only changed. */
export function DeskStaffSelect({ label, staff, value, onChange, error }: Props) {
  return (
    <Select
      label={label}
      searchable
      allowDeselect={false}
      data={staff.map((s) => ({ value: String(s.id), label: s.name }))}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      error={error}
    />
  );
}
