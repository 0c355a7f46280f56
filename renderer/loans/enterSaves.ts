import type { KeyboardEvent } from 'react';

/**
 * Enter saves the form from any field: text fields submit by themselves, but a focused checkbox or
 * radio would not. An Enter a dropdown already used to pick an option (default prevented) is left alone.
 */
export function enterSaves(save: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (target.tagName === 'INPUT' && (target.type === 'checkbox' || target.type === 'radio')) {
      event.preventDefault();
      save();
    }
  };
}
