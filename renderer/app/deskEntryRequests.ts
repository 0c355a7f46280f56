/**
 * The desk's quick forms (F2 lend, F4 return, F3 interpretation) are fetched just after the first page
 * shows, not with it (issue 15). A request made before they have arrived (a key pressed in the first
 * second, a button) waits here and is handed over the moment the form mounts, so no key press is lost.
 */
export interface RequestLine<T> {
  send(request: T): void;
  /** The mounted form takes requests from now on, starting with one that waited. */
  listen(listener: (request: T) => void): () => void;
}

function requestLine<T>(): RequestLine<T> {
  let listener: ((request: T) => void) | null = null;
  let waiting: { request: T } | null = null;
  return {
    send(request) {
      if (listener) return listener(request);
      waiting = { request };
      loadDeskForms();
    },
    listen(l) {
      listener = l;
      if (waiting) {
        const { request } = waiting;
        waiting = null;
        l(request);
      }
      return () => {
        if (listener === l) listener = null;
      };
    },
  };
}

export type LoanEntryRequest = { mode: 'lend'; wheelchairId?: number } | { mode: 'return'; loanId?: number };

export const loanEntryRequests = requestLine<LoanEntryRequest>();
export const interpretationEntryRequests = requestLine<'walkIn'>();

/** Opens the quick lend or return form from anywhere (the board's buttons use it; F2 and F4 do the same). */
export const openLoanQuickEntry = (request: LoanEntryRequest) => loanEntryRequests.send(request);
/** Opens the quick interpretation request form from a button anywhere, the same as pressing F3. */
export const openInterpretationQuickEntry = () => interpretationEntryRequests.send('walkIn');

const loaders = new Set<() => void>();
/** The shell registers how to bring the forms in; a request that comes first asks for them at once. */
export function onDeskFormsWanted(load: () => void) {
  loaders.add(load);
  return () => void loaders.delete(load);
}
function loadDeskForms() {
  loaders.forEach((load) => load());
}

/**
 * F2/F4 and F3 from any page, even while typing in another field, so a loan or a request is logged
 * while the visitor waits. F3 is the browser's "find again": the desk's shortcut wins inside the app.
 */
export function deskKey(event: KeyboardEvent) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'F2' || event.key === 'F4') {
    event.preventDefault();
    openLoanQuickEntry({ mode: event.key === 'F2' ? 'lend' : 'return' });
  } else if (event.key === 'F3') {
    event.preventDefault();
    // Typing in another dialog (or this form) keeps that form; anywhere else F3 opens this one.
    if (!(event.target instanceof Element && event.target.closest('[role="dialog"]'))) openInterpretationQuickEntry();
  }
}
