// The interpretation area's channels: filled in by the interpretation work (see its issue).
export const interpretationContract = {};
