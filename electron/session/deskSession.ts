import type { Role } from '../../shared/roles';

/** Who is signed in at this PC, as the core knows it (never as the renderer says). */
export interface SignedInPerson {
  staffId: number;
  name: string;
  departmentName: string;
  role: Role;
  /** The hash the PIN was checked against: unlocking still works while the office server is gone. */
  pinHash: string;
}

/** The setting's lower bound: until a minute has passed nobody can be idle, so nothing needs reading. */
export const SHORTEST_LOCK_MS = 60_000;

/**
 * The person at this PC and the screen's lock, kept in the core's memory for the life of the app
 * process. The renderer only ever asks for it (session.current); it cannot name a person itself.
 *
 * Idle time is measured on the wall clock between calls, so a laptop closed for the night comes back
 * locked: its first call after waking finds the time gone by, however long the process was asleep.
 */
export function deskSession(clock: () => number) {
  let person: SignedInPerson | null = null;
  let locked = false;
  let lastActiveAt = 0;

  return {
    /** The signed-in person, also while locked. */
    person: () => person,
    locked: () => person !== null && locked,
    /** The person whose calls go through now: nobody while the screen is locked. */
    activeStaffId: () => (person && !locked ? person.staffId : null),
    signIn(next: SignedInPerson) {
      person = next;
      locked = false;
      lastActiveAt = clock();
    },
    signOut() {
      person = null;
      locked = false;
    },
    lock() {
      if (person) locked = true;
    },
    unlock() {
      locked = false;
      lastActiveAt = clock();
    },
    /** A call of the person's: the idle time starts again. */
    touch() {
      if (person && !locked) lastActiveAt = clock();
    },
    /** Kept in step with the records: a new role or name shows at once, on this PC and in what it checks. */
    refresh(fresh: Pick<SignedInPerson, 'name' | 'departmentName' | 'role'>) {
      if (person) person = { ...person, ...fresh };
    },
    /** Idle long enough that the idle time can matter (a minute at least). */
    mayBeIdle: () => person !== null && !locked && clock() - lastActiveAt >= SHORTEST_LOCK_MS,
    /** Locks when the last call was `minutes` or more ago; true when it locked now. */
    lockIfIdle(minutes: number): boolean {
      if (!person || locked || clock() - lastActiveAt < minutes * 60_000) return false;
      locked = true;
      return true;
    },
  };
}

export type DeskSession = ReturnType<typeof deskSession>;
