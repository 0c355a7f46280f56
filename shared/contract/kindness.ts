// The kindness area's channels: filled in by the kindness work (see its issue).
export const kindnessContract = {};
