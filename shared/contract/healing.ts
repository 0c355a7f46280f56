// The healing area's channels: filled in by the healing work (see its issue).
export const healingContract = {};
