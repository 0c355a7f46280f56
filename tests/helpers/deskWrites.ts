/** What tests/helpers/deskWriter.ts reports, one JSON line per write. */
export type DeskWrite =
  | { kind: 'department' | 'interpretation' | 'lend' | 'return'; id: number }
  | { error: { code: string; message: string; cause?: unknown } };

/** The wheelchair each desk writer lends: the test creates one per tag before starting the writers. */
export const writerWheelchair = (tag: string) => `W-${tag}`;
