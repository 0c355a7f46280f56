import type { KeyboardEvent } from 'react';

/** The first option of the list a combobox has open, if it shows any. */
const firstOpenOption = (target: HTMLElement): HTMLElement | null => {
  if (target.getAttribute('role') !== 'combobox' || target.getAttribute('aria-expanded') !== 'true') return null;
  const list = document.getElementById(target.getAttribute('aria-controls') ?? '');
  return list?.querySelector<HTMLElement>('[role="option"]:not([data-combobox-disabled])') ?? null;
};

/**
 * Enter saves from any single-line field of a form, check boxes, radio groups and number boxes
 * included (the desk's speed), except where Enter already means something: a list option being
 * picked (the combobox prevents the default), a button being pressed, a link, or a new line in a
 * text area, which never saves. On an open list with no option highlighted yet, Enter takes the
 * first match, so typing "ㅂㅌ" and Enter gives 베트남어 however fast it was typed. Taking over the
 * default also stops the browser's own implicit submit, so one Enter is one save.
 */
export function enterSaves(event: KeyboardEvent<HTMLElement>, save: () => void) {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (['BUTTON', 'TEXTAREA', 'A'].includes(target.tagName)) return;
  event.preventDefault();
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  const option = firstOpenOption(target);
  if (option) option.click();
  else save();
}
