/** Days an employee has to object after the assessment was submitted (PermenPANRB 6/2022). */
export const OBJECTION_WINDOW_DAYS = 14;

/** The end of the objection window of an assessment submitted at `submittedAt`, and whether it is still open at `now`. */
export function objectionWindow(submittedAt: string, now: Date): { deadline: Date; open: boolean } {
  const deadline = new Date(new Date(submittedAt).getTime() + OBJECTION_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  return { deadline, open: now.getTime() <= deadline.getTime() };
}
