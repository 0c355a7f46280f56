import { NumberInput, type NumberInputProps } from '@mantine/core';
import type { ClipboardEvent, KeyboardEvent } from 'react';

type Props = NumberInputProps & {
  /** Told what the person tried to type (a negative, a fraction) that the box did not take. */
  onRefused?: (attempted: number) => void;
};

const current = (value: unknown) => (typeof value === 'number' ? value : 1);

/**
 * A count or a number of minutes: whole and not negative. The box never takes a minus sign or a
 * decimal point, and never corrects a number by itself (no clamping on blur); instead it says why,
 * in the contract's own words, the moment one is typed or pasted. Before, `-5` quietly became 5.
 */
export function CountInput({ onRefused, onKeyDown, onPaste, value, ...props }: Props) {
  const refuseKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === '-') onRefused?.(-current(value));
    else if (event.key === '.' || event.key === ',') onRefused?.(current(value) + 0.5);
    onKeyDown?.(event);
  };
  const refusePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = Number(event.clipboardData.getData('text').replace(/,/g, '').trim());
    if (Number.isFinite(pasted) && (pasted < 0 || !Number.isInteger(pasted))) {
      event.preventDefault();
      onRefused?.(pasted);
    }
    onPaste?.(event);
  };
  return (
    <NumberInput
      {...props}
      value={value}
      allowNegative={false}
      allowDecimal={false}
      clampBehavior="none"
      onKeyDown={refuseKey}
      onPaste={refusePaste}
    />
  );
}
