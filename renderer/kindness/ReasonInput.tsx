import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  /** Where the reason ends up, so the person writes it for that reader. */
  description: string;
  value: string;
  onChange: (reason: string) => void;
  error: string | undefined;
}

/** The reason a dialog asks for and keeps on record; 200 characters at most, as the main checks. */
export function ReasonInput({ label, description, value, onChange, error }: Props) {
  return (
    <TextInput
      label={label}
      description={description}
      required
      data-autofocus
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      maxLength={200}
    />
  );
}
