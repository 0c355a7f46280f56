// The guides area's channels: filled in by the guides work (see its issue).
export const guidesContract = {};
