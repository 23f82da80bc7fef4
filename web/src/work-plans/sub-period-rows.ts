/** A sub-period as the plan pages read it from the period calendar. */
export type SubPeriodRow = {
  id: string;
  kind: string;
  number: number;
  name: string;
  nameEn: string;
  startDate: string;
  endDate: string;
};
/** A periodic sub-period as the plan labels it (Triwulan I…). */
export type PeriodicSubPeriod = { number: number; label: string };
