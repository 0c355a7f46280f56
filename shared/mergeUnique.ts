/**
 * Joins the areas' handler tables (or contract parts) into one. A name declared twice is a bug that
 * `{...a, ...b}` would hide by letting the later one win silently: here it stops the app at start.
 */
export function mergeUnique<T extends object[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (Object.hasOwn(merged, name)) throw new Error(`declared twice: ${name}`);
      merged[name] = value;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

