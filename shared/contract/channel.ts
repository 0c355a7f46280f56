import type { z } from 'zod';

/**
 * A channel is declared once: its input schema (checked in main) and its output type
 * (carried only in the type system). Both transports and the renderer read the same declaration.
 */
export interface Channel<I extends z.ZodType, O> {
  /** A query only reads; after a command succeeds, the screens reload what they show. */
  readonly kind: 'query' | 'command';
  readonly input: I;
  /** Phantom field: never set at run time, it only carries the output type. */
  readonly output?: O;
}

export const query = <O>() => <I extends z.ZodType>(input: I): Channel<I, O> => ({ kind: 'query', input });
export const command = <O>() => <I extends z.ZodType>(input: I): Channel<I, O> => ({ kind: 'command', input });

export type AnyChannel = Channel<z.ZodType, unknown>;
export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;
