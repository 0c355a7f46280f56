/**
 * Mounted once in the app shell so its keyboard shortcut opens the quick form from any page.
 * Filled in by the interpretation work; renders nothing until then.
 */
export function InterpretationQuickEntry() {
  return null;
}
