// The trainings area's channels: filled in by the trainings work (see its issue).
export const trainingsContract = {};
