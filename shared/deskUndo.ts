/**
 * How long the desk may take back its last lend, return or interpretation request, from the moment it
 * was saved: long enough to notice a slip while the visitor is still there, short enough that no report,
 * hand-over or reminder call has been built on it yet. The core checks it; the notification lasts as long.
 */
export const UNDO_MINUTES = 10;

export const undoExpired = (what: string) => `${what} 후 ${UNDO_MINUTES}분이 지나 되돌릴 수 없습니다. 기록을 직접 고치거나 담당자에게 알리세요.`;
