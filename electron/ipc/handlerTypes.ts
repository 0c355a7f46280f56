import type { ParsedInputOf, OutputOf } from '../../shared/contract/channel';
import type { Contract } from '../../shared/contract';
import type { Role } from '../../shared/roles';

export interface Actor {
  id: number;
  name: string;
  /** As the records say at this call: a role changed at another desk counts at once. */
  role: Role;
}

/** What every handler may know about the call beyond its input. */
export interface HandlerContext {
  /** The person signed in at this PC with their PIN, or null (nobody, or the screen is locked). */
  actor: Actor | null;
  /** This PC's name: every record keeps the desk that created it and the one that changed it last. */
  desk: string;
}

export type Handler<K extends keyof Contract> = (
  input: ParsedInputOf<Contract[K]>,
  ctx: HandlerContext,
) => OutputOf<Contract[K]> | Promise<OutputOf<Contract[K]>>;

/** A domain's part of the table: handlers for its own channels only. */
export type Handlers<K extends keyof Contract> = { [P in K]: Handler<P> };

export type HandlerTable = Handlers<keyof Contract>;
