// The pledge area's channels: filled in by the pledge work (see its issue).
export const pledgeContract = {};
