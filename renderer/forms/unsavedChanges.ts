import { createContext } from 'react';

/** Would closing now lose something typed? Asked of every form on screen. */
export type UnsavedCheck = () => boolean;

interface Registered {
  check: UnsavedCheck;
  /** The form stays open when the page behind it changes (the F2/F3 quick entries in the shell). */
  keptAcrossPages: boolean;
}

const everywhere = new Set<Registered>();

/** The forms inside one dialog, so its ✕, Esc and outside click ask about them alone. */
export interface UnsavedScopeValue {
  forms: Set<Registered>;
  keptAcrossPages: boolean;
}
export const UnsavedScope = createContext<UnsavedScopeValue | null>(null);

export function registerForm(check: UnsavedCheck, scope: UnsavedScopeValue | null) {
  const entry: Registered = { check, keptAcrossPages: scope?.keptAcrossPages ?? false };
  everywhere.add(entry);
  scope?.forms.add(entry);
  return () => {
    everywhere.delete(entry);
    scope?.forms.delete(entry);
  };
}

const anyUnsaved = (forms: Iterable<Registered>, onPageOnly = false) =>
  [...forms].some((f) => !(onPageOnly && f.keptAcrossPages) && f.check());

export const hasUnsavedChanges = (scope?: UnsavedScopeValue | null) => anyUnsaved(scope ? scope.forms : everywhere);
/** Forms a change of menu would take away (the page's own, not the shell's quick entries). */
export const hasUnsavedOnPage = () => anyUnsaved(everywhere, true);

export const DISCARD_TITLE = '저장하지 않은 입력이 있습니다';
export const DISCARD_QUESTION = '입력한 내용을 저장하지 않고 버릴까요?';

type Asker = () => Promise<boolean>;
let asker: Asker | null = null;
let pending: Promise<boolean> | null = null;

/** The shell's question dialog answers from here on (see DiscardQuestion). */
export function setDiscardAsker(next: Asker | null) {
  asker = next;
}

/**
 * Asks once, in Korean, whether to throw the typed input away: true to go on and lose it. A second
 * request while the question is showing (Esc pressed twice) waits for the same answer.
 */
export function askToDiscard(): Promise<boolean> {
  pending ??= (asker ? asker() : Promise.resolve(window.confirm(`${DISCARD_TITLE}. ${DISCARD_QUESTION}`))).finally(() => {
    // Cleared only after the key press that answered has reached every listener: the Esc that
    // closes the question must not also reach the dialog behind it and ask again.
    setTimeout(() => (pending = null), 0);
  });
  return pending;
}

export const isAskingToDiscard = () => pending !== null;

/** True when nothing in `scope` (or anywhere) would be lost, or the person agreed to lose it. */
export async function mayDiscard(scope?: UnsavedScopeValue | null): Promise<boolean> {
  return !hasUnsavedChanges(scope) || askToDiscard();
}

/** For one form's own 취소: asks only when that form holds something unsaved. */
export async function mayDiscardForm(isUnsaved: UnsavedCheck | undefined): Promise<boolean> {
  return !isUnsaved?.() || askToDiscard();
}
