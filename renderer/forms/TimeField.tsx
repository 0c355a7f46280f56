// Its styles come with it, not with the first page (issue 15).
import '@mantine/dates/styles.css';
import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { useId } from 'react';

type Props = Omit<TimePickerProps, 'value' | 'defaultValue' | 'onChange' | 'format' | 'withSeconds'> & {
  label: string;
  /** HH:mm on the 24-hour clock, '' for none. */
  value?: string | null;
  onChange?: (value: string) => void;
};

/**
 * A time of day, 24-hour `14:30`, the same on every PC whatever its locale: hours then minutes,
 * typed straight through (`1430`, or `930` for 09:30).
 */
export function TimeField({ label, value, onChange, error, ...props }: Props) {
  const errorId = useId();
  // The hours and minutes boxes are the inputs a screen reader lands on: they carry the field's error.
  const invalid = { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined };
  return (
    <TimePicker
      {...props}
      label={label}
      error={error}
      errorProps={{ id: errorId }}
      format="24h"
      value={value ?? ''}
      onChange={onChange}
      hoursInputLabel={`${label} 시`}
      minutesInputLabel={`${label} 분`}
      hoursPlaceholder="시"
      minutesPlaceholder="분"
      hoursInputProps={invalid}
      minutesInputProps={invalid}
      // The ✕ that empties a filled time is a button of its own, and a screen reader needs its name.
      clearButtonProps={{ 'aria-label': `${label} 지우기` }}
    />
  );
}
