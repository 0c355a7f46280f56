import type { ParsedInputOf, OutputOf } from '../../shared/contract/channel';
import type { Contract } from '../../shared/contract';

export interface Actor {
  id: number;
  name: string;
}

/** What every handler may know about the call beyond its input. */
export interface HandlerContext {
  /** The staff member picked at this PC, or null before anyone has been picked. */
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
