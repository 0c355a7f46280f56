// The loans area's channels: filled in by the loans work (see its issue).
export const loansContract = {};
