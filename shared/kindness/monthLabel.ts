// Apart from the kindness channels' schemas so the dashboard names a month without zod.

/** `2024-11` → `2024년 11월`, the way the board, the flags and the history name a month. */
export const kindnessMonthLabel = (month: string) => `${Number(month.slice(0, 4))}년 ${Number(month.slice(5, 7))}월`;
