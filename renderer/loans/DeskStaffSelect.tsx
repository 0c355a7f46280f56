import { Select, type SelectProps } from '@mantine/core';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  label: string;
  staff: { id: number; name: string }[];
  /** The staff member's id as text, as the select holds it. */
  value?: string | null;
  onChange?: (staffId: string | null) => void;
};

/** Who handled a loan at the desk: once chosen it cannot be emptied, only changed. */
export function DeskStaffSelect({ staff, ...props }: Props) {
  return <Select {...props} searchable allowDeselect={false} data={staff.map((s) => ({ value: String(s.id), label: s.name }))} />;
}
