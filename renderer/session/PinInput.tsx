import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * A PIN box: digits only on any keyboard layout (한/영 does not matter), never remembered by the
 * browser, hidden as it is typed.
 */
export function PinInput(props: PasswordInputProps) {
  return <PasswordInput inputMode="numeric" autoComplete="off" maxLength={8} visibilityToggleButtonProps={{ 'aria-label': 'PIN 보기' }} {...props} />;
}
