// Its styles come with it, not with the first page (issue 15).
import '@mantine/dates/styles.css';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useRef } from 'react';
import { isCalendarDate } from '../../shared/dateRange';
import { dateWithWeekday, deskToday } from '../../shared/korean/deskClock';
import { parseTypedDate, readTypedDate } from '../../shared/korean/typedDate';

type Props = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'dateParser' | 'valueFormat'> & {
  /** yyyy-MM-dd; '' for none; or the text typed when it is no date, so the form can say what is wrong with it. */
  value?: string;
  onChange?: (value: string) => void;
};

/** What the field holds for the text typed into it. */
const valueOfTyped = (text: string) => (text.trim() === '' ? '' : (readTypedDate(text, deskToday()) ?? text.trim()));

/**
 * The app's date field, the same on every PC whatever its locale: it shows `2026.12.02.(수)` and
 * takes `20261202`, `2026.12.2`, `12.2` (this year), `오늘`, `어제` as typed (shared/korean/typedDate.ts),
 * or a day picked on the Korean calendar. The value sent on is yyyy-MM-dd.
 */
export function DateField({ value = '', onChange = () => {}, placeholder = '예: 20261202, 12.2, 오늘', ...props }: Props) {
  const isDay = isCalendarDate(value);
  // A value set from outside (a form started over) redraws the field; one it sent itself does not.
  const sent = useRef(value);
  const redraws = useRef(0);
  if (value !== sent.current) {
    sent.current = value;
    redraws.current += 1;
  }
  const send = (next: string) => {
    sent.current = next;
    onChange(next);
  };
  return (
    <DateInput
      key={redraws.current}
      {...props}
      placeholder={placeholder}
      value={isDay ? value : null}
      defaultDate={isDay ? value : undefined}
      dateParser={(text) => parseTypedDate(text, deskToday())}
      valueFormat={dateWithWeekday}
      // Text that is no date stays as typed, with the form's message beside it, rather than snap back.
      fixOnBlur={isDay}
      allowDeselect
      onChange={(picked) => send(picked ?? '')}
      onInput={(event) => send(valueOfTyped(event.currentTarget.value))}
    />
  );
}
