/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The employee acknowledges the final feedback on their assessment; it is locked afterwards. */
export type AcknowledgeFeedbackInput = {
  /** The assessment whose final feedback is acknowledged. */
  assessmentId: string;
  /** The feedback’s lockVersion you read; stale → CONFLICT. */
  expectedLockVersion?: number | null | undefined;
};

/** Adds an indicator to a section of a draft. */
export type AddTemplateIndicatorInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The new indicator; its lineage starts here. */
  indicator: IndicatorInput;
  /** Position within the section; default last. */
  position?: number | null | undefined;
  /** Key of the section. */
  sectionKey: string;
  /** The draft version. */
  versionId: string;
};

/** Adds a section to a draft. */
export type AddTemplateSectionInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Position (0 = first); default last. */
  position?: number | null | undefined;
  /** The new section. */
  section: SectionInput;
  /** The draft version. */
  versionId: string;
};

/** The answer to one indicator. */
export type AnswerInput = {
  /** Key of the indicator. */
  indicatorKey: string;
  /** TARGET: {"realisation": number}; SCALE: level value; EXPECTATION: "BELOW"|"MEETS"|"ABOVE"; NUMBER: number; YES_NO: boolean; CHOICE: option value, or a list when multiple; TEXT: string; EVIDENCE: {"url"?, "note"?}. */
  value: unknown;
};

/** Approves a submitted work plan. */
export type ApproveWorkPlanInput = {
  /** An optional comment to the employee. */
  comment?: string | null | undefined;
  /** The `lockVersion` you edited; when someone changed the plan in between, the change is refused with CONFLICT and nothing is stored. */
  expectedLockVersion?: number | null | undefined;
  /** The work plan revision. */
  planId: string;
};

/** Which assessments to list: every given condition must hold; `and`, `or` and `not` combine filters. */
export type AssessmentFilter = {
  /** Every one of these filters holds. */
  and?: Array<AssessmentFilter> | null | undefined;
  /** Conditions on the assessor. */
  assessor?: EmployeeFilter | null | undefined;
  /** Filled by one of these assessors. */
  assessorId?: Array<string> | null | undefined;
  /** With one of these behaviour ratings. */
  behaviourRating?: Array<Rating> | null | undefined;
  /** Conditions on the behaviour score. */
  behaviourScore?: FloatComparison | null | undefined;
  /** When it was started. */
  createdAt?: DateTimeComparison | null | undefined;
  /** Conditions on the employee assessed (unit, family, grade…). */
  employee?: EmployeeFilter | null | undefined;
  /** Of one of these employees. */
  employeeId?: Array<string> | null | undefined;
  /** One of these assessments. */
  id?: Array<string> | null | undefined;
  /** This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it. */
  not?: AssessmentFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<AssessmentFilter> | null | undefined;
  /** Conditions on the period. */
  period?: PeriodFilter | null | undefined;
  /** Of one of these periods. */
  periodId?: Array<string> | null | undefined;
  /** With one of these predikat. */
  predikat?: Array<Predikat> | null | undefined;
  /** Conditions on the reason given for ratings that depart from the suggested ones. */
  ratingReason?: TextComparison | null | undefined;
  /** How often it was reopened, e.g. `{ gt: 0 }`. */
  reopenedCount?: IntComparison | null | undefined;
  /** In one of these statuses. */
  status?: Array<AssessmentStatus> | null | undefined;
  /** Conditions on the sub-period (kind, dates). */
  subPeriod?: SubPeriodFilter | null | undefined;
  /** Of one of these sub-periods. */
  subPeriodId?: Array<string> | null | undefined;
  /** When it was submitted (`isNull: true`: not yet). */
  submittedAt?: DateTimeComparison | null | undefined;
  /** Built from one of these template versions. */
  templateVersionId?: Array<string> | null | undefined;
  /** With one of these work-results ratings. */
  workResultsRating?: Array<Rating> | null | undefined;
  /** Conditions on the work-results score. */
  workResultsScore?: FloatComparison | null | undefined;
};

/** A draft the supervisor is filling, or a submitted (locked) assessment. */
export type AssessmentStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** The supervisor’s specific expectation for one BerAKHLAK value. */
export type BehaviourExpectationInput = {
  /** What the supervisor specifically expects, 1–1000 characters. */
  expectation: string;
  /** BerAKHLAK value code, e.g. `berorientasi_pelayanan`, `akuntabel`. */
  valueCode: string;
};

/** One option of a choice. */
export type ChoiceOptionInput = {
  /** What the option says. */
  label: LocalizedTextInput;
  /** Score 0–100, for a scored choice. */
  score?: number | null | undefined;
  /** The value stored as the answer. */
  value: string;
};

/** How a visibility condition compares the answer of the indicator it depends on. */
export type ConditionOperator =
  | 'EQUALS'
  | 'IN'
  | 'NOT_EQUALS';

/** A new job family. */
export type CreateJobFamilyInput = {
  /** Short code: lower-case letters, digits, underscores (2–40), e.g. `bidan`. */
  code: string;
  /** What kind of positions belong to it. */
  description?: string | null | undefined;
  /** Name in Bahasa Indonesia. */
  name: string;
  /** Name in English. */
  nameEn: string;
};

/** Starts a new draft from the latest version of a template. */
export type CreateTemplateDraftInput = {
  /** The template. */
  templateId: string;
};

/** A new template for a job family; it starts as draft version 1. */
export type CreateTemplateInput = {
  /** The job family the template belongs to. */
  familyId: string;
  /** Name of the template, 1–200 characters. */
  name: string;
};

/** Starts the first work plan (revision 1) of an employee for a period, prefilled from the template in force. */
export type CreateWorkPlanInput = {
  /** The employee; yourself when absent. Only HR may start a plan for someone else. */
  employeeId?: string | null | undefined;
  /** The period (not closed). */
  periodId: string;
};

/** Conditions on a calendar date; every one given must hold. */
export type DateComparison = {
  /** On this date. */
  eq?: string | null | undefined;
  /** After. */
  gt?: string | null | undefined;
  /** On or after. */
  gte?: string | null | undefined;
  /** True: has no value; false: has one. */
  isNull?: boolean | null | undefined;
  /** Before. */
  lt?: string | null | undefined;
  /** On or before. */
  lte?: string | null | undefined;
};

/** Conditions on a moment in time; every one given must hold. */
export type DateTimeComparison = {
  /** At exactly this moment. */
  eq?: string | null | undefined;
  /** After. */
  gt?: string | null | undefined;
  /** At or after. */
  gte?: string | null | undefined;
  /** True: has no value; false: has one. */
  isNull?: boolean | null | undefined;
  /** Before. */
  lt?: string | null | undefined;
  /** At or before. */
  lte?: string | null | undefined;
};

/** The final decision on an objection, by the assessor’s supervisor it is addressed to, or HR. */
export type DecideObjectionInput = {
  /** CHANGED only: the new rating perilaku kerja; omitted = unchanged. */
  behaviourRating?: Rating | null | undefined;
  /** The objection. */
  objectionId: string;
  /** UPHELD keeps the ratings; CHANGED sets new ones. */
  outcome: ObjectionOutcome;
  /** Why; required for CHANGED (it becomes the assessment’s rating reason), optional for UPHELD. */
  reason?: string | null | undefined;
  /** CHANGED only: the new rating hasil kerja; omitted = unchanged. */
  workResultsRating?: Rating | null | undefined;
};

/** A recommended development action. */
export type DevelopmentActionInput = {
  /** What the employee will do, 1–1000 characters. */
  description: string;
  /** Training, mentoring, coaching, assignment or other. */
  kind: DevelopmentActionKind;
  /** Planned (default) or already done. */
  status?: DevelopmentActionStatus | null | undefined;
  /** When it should be done. */
  targetDate: string;
};

/** Kind of a recommended development action (rekomendasi pengembangan). */
export type DevelopmentActionKind =
  /** Penugasan: a stretch assignment or detail. */
  | 'ASSIGNMENT'
  /** Coaching by the supervisor. */
  | 'COACHING'
  /** Mentoring by a more experienced colleague. */
  | 'MENTORING'
  /** Anything else, described in the text. */
  | 'OTHER'
  /** Pelatihan (training, course, diklat). */
  | 'TRAINING';

/** Progress of a development action. */
export type DevelopmentActionStatus =
  /** Selesai: done. */
  | 'DONE'
  /** Direncanakan: not done yet. */
  | 'PLANNED';

/** Which employees to list: every given condition must hold; `and`, `or` and `not` combine filters. */
export type EmployeeFilter = {
  /** Only active (true) or only inactive (false) employees; both when absent. */
  active?: boolean | null | undefined;
  /** Every one of these filters holds. */
  and?: Array<EmployeeFilter> | null | undefined;
  /** When the employee was registered. */
  createdAt?: DateTimeComparison | null | undefined;
  /** PNS or PPPK. */
  employmentType?: Array<EmploymentType> | null | undefined;
  /** Of one of these job families. */
  familyId?: Array<string> | null | undefined;
  /** Conditions on the grade (golongan), e.g. `{ in: ["III/a", "III/b"] }`. */
  grade?: TextComparison | null | undefined;
  /** One of these employees. */
  id?: Array<string> | null | undefined;
  /** Conditions on the name. */
  name?: TextComparison | null | undefined;
  /** This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it. */
  not?: EmployeeFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<EmployeeFilter> | null | undefined;
  /** Conditions on the position (jabatan). */
  position?: TextComparison | null | undefined;
  /** Part of the name or position (any case), or the beginning of the NIP. */
  search?: string | null | undefined;
  /** Of one of these sexes. */
  sex?: Array<Sex> | null | undefined;
  /** Conditions on the direct supervisor. */
  supervisor?: EmployeeFilter | null | undefined;
  /** Direct subordinates of one of these employees. */
  supervisorId?: Array<string> | null | undefined;
  /** Conditions on the unit the employee works in. */
  unit?: UnitFilter | null | undefined;
  /** Working in one of these units (not the units below them; see `assessmentStatistics` for that). */
  unitId?: Array<string> | null | undefined;
};

/** Employment type of an ASN. */
export type EmploymentType =
  /** Pegawai Negeri Sipil (civil servant); grades I/a … IV/e. */
  | 'PNS'
  /** Pegawai Pemerintah dengan Perjanjian Kerja (contract civil servant); grades I … XVII. */
  | 'PPPK';

/** The employee objects (keberatan) to their submitted assessment, within 14 days of its submission. */
export type FileObjectionInput = {
  /** The submitted assessment. */
  assessmentId: string;
  /** Why the employee objects, 1–2000 characters. */
  reason: string;
};

/** Conditions on a number (e.g. a score); every one given must hold. */
export type FloatComparison = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** True: has no value; false: has one. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
};

/** An indicator. `kind` decides which of the kind-specific fields apply: TARGET needs aspect, target, unit, direction; SCALE needs levels; CHOICE needs options (and multiple); NUMBER may have min, max, unit, integer; TEXT may have maxLength; EXPECTATION may have guidance. Fields of other kinds must be left out. */
export type IndicatorInput = {
  /** TARGET: the aspect measured. */
  aspect?: TargetAspect | null | undefined;
  /** TARGET: whether more or less is better. */
  direction?: TargetDirection | null | undefined;
  /** EXPECTATION: guiding behaviours. */
  guidance?: Array<LocalizedTextInput> | null | undefined;
  /** Help for the person answering. */
  help?: LocalizedTextInput | null | undefined;
  /** NUMBER: whole numbers only. */
  integer?: boolean | null | undefined;
  /** Unique key within the version: lower-case letters, digits, underscores. */
  key: string;
  /** The kind of indicator. */
  kind: IndicatorKind;
  /** The indicator text. */
  label: LocalizedTextInput;
  /** SCALE: the levels, lowest first. */
  levels?: Array<ScaleLevelInput> | null | undefined;
  /** NUMBER: largest allowed value. */
  max?: number | null | undefined;
  /** TEXT: maximum length in characters. */
  maxLength?: number | null | undefined;
  /** NUMBER: smallest allowed value. */
  min?: number | null | undefined;
  /** CHOICE: whether several options may be chosen (default false). */
  multiple?: boolean | null | undefined;
  /** CHOICE: the options. */
  options?: Array<ChoiceOptionInput> | null | undefined;
  /** Whether an answer is required when visible. */
  required?: boolean;
  /** TARGET: the target value. */
  target?: number | null | undefined;
  /** TARGET (required) or NUMBER (optional): the unit. */
  unit?: string | null | undefined;
  /** Show only when this holds. */
  visibleWhen?: VisibilityConditionInput | null | undefined;
  /** Weight in a weighted section (scored kinds only). */
  weight?: number | null | undefined;
};

/** The kind of an indicator, which decides its answer and its score. */
export type IndicatorKind =
  /** One or several options; scored when every option has a score. */
  | 'CHOICE'
  /** Bukti dukung: a link and/or a note; not scored. */
  | 'EVIDENCE'
  /** Di Bawah / Sesuai / Di Atas Ekspektasi. */
  | 'EXPECTATION'
  /** A number within optional bounds; not scored. */
  | 'NUMBER'
  /** Labelled levels with scores, e.g. a 3-level rubric or 1–5. */
  | 'SCALE'
  /** A target on an aspect; the realisation gives an achievement percentage. */
  | 'TARGET'
  /** Free text; not scored. */
  | 'TEXT'
  /** Ya/Tidak; scored 100/0 when weighted. */
  | 'YES_NO';

/** Conditions on a whole number; every one given must hold. */
export type IntComparison = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** True: has no value; false: has one. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
};

/** A text in Bahasa Indonesia (required) and English (optional; falls back to Indonesian). */
export type LocalizedTextInput = {
  /** English. */
  en?: string | null | undefined;
  /** Bahasa Indonesia. */
  id: string;
};

/** Credentials. */
export type LoginInput = {
  /** Password. */
  password: string;
  /** Username (case-insensitive). */
  username: string;
};

/** Moves an indicator within or across sections. */
export type MoveTemplateIndicatorInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Key of the indicator. */
  indicatorKey: string;
  /** Position within the target section (0 = first). */
  position: number;
  /** Key of the target section. */
  sectionKey: string;
  /** The draft version. */
  versionId: string;
};

/** Moves a section to another position. */
export type MoveTemplateSectionInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** New position (0 = first). */
  position: number;
  /** Key of the section. */
  sectionKey: string;
  /** The draft version. */
  versionId: string;
};

/** Which objections to list: every given condition must hold; `and`, `or` and `not` combine filters. */
export type ObjectionFilter = {
  /** Every one of these filters holds. */
  and?: Array<ObjectionFilter> | null | undefined;
  /** About one of these assessments. */
  assessmentId?: Array<string> | null | undefined;
  /** Rating perilaku kerja changed to one of these (CHANGED objections only). */
  behaviourRating?: Array<Rating> | null | undefined;
  /** The end of the objection window it was filed in. */
  deadline?: DateTimeComparison | null | undefined;
  /** When it was decided (`isNull: true`: pending). */
  decidedAt?: DateTimeComparison | null | undefined;
  /** Conditions on the decider it is addressed to (none: HR decides). */
  decider?: EmployeeFilter | null | undefined;
  /** Addressed to one of these deciders (the assessor’s supervisor at filing time). */
  deciderId?: Array<string> | null | undefined;
  /** Conditions on the reason given with the decision. */
  decisionReason?: TextComparison | null | undefined;
  /** Conditions on the objecting employee. */
  employee?: EmployeeFilter | null | undefined;
  /** Filed by one of these employees. */
  employeeId?: Array<string> | null | undefined;
  /** When it was filed. */
  filedAt?: DateTimeComparison | null | undefined;
  /** One of these objections. */
  id?: Array<string> | null | undefined;
  /** This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it. */
  not?: ObjectionFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<ObjectionFilter> | null | undefined;
  /** Changed to one of these predikat (CHANGED objections only). */
  predikat?: Array<Predikat> | null | undefined;
  /** The rating perilaku kerja objected to is one of these. */
  previousBehaviourRating?: Array<Rating> | null | undefined;
  /** The predikat objected to is one of these. */
  previousPredikat?: Array<Predikat> | null | undefined;
  /** The rating hasil kerja objected to is one of these. */
  previousWorkResultsRating?: Array<Rating> | null | undefined;
  /** Conditions on the employee’s reason. */
  reason?: TextComparison | null | undefined;
  /** Part of the reason or of the decision’s reason, any case. */
  search?: string | null | undefined;
  /** In one of these statuses. */
  status?: Array<ObjectionStatus> | null | undefined;
  /** Rating hasil kerja changed to one of these (CHANGED objections only). */
  workResultsRating?: Array<Rating> | null | undefined;
};

/** The decision on an objection. */
export type ObjectionOutcome =
  /** Change the ratings, with a reason; the predikat follows. */
  | 'CHANGED'
  /** Keep the ratings. */
  | 'UPHELD';

/** Where an objection (keberatan) stands; a decision is final. */
export type ObjectionStatus =
  /** Dikabulkan: the ratings (and so the predikat) were changed. */
  | 'CHANGED'
  /** Diajukan: waiting for the decision. */
  | 'PENDING'
  /** Ditolak: the ratings stay as they were. */
  | 'UPHELD';

/** Organisational rating of a unit (predikat kinerja organisasi), used by the distribution guideline. */
export type OrganisationRating =
  /** Baik (good); the default. */
  | 'BAIK'
  /** Butuh Perbaikan (needs improvement). */
  | 'BUTUH_PERBAIKAN'
  /** Istimewa (outstanding). */
  | 'ISTIMEWA'
  /** Kurang (poor). */
  | 'KURANG'
  /** Sangat Kurang (very poor). */
  | 'SANGAT_KURANG';

/** How often employees are evaluated within the year, besides the annual evaluation. */
export type PeriodCadence =
  /** Per bulan (month): twelve sub-periods. */
  | 'MONTHLY'
  /** Per triwulan (quarter): four sub-periods; the default. */
  | 'QUARTERLY'
  /** Per semester: two sub-periods. */
  | 'SEMESTER';

/** Which periods to list: every given condition must hold; `and`, `or` and `not` combine filters. */
export type PeriodFilter = {
  /** Every one of these filters holds. */
  and?: Array<PeriodFilter> | null | undefined;
  /** With one of these cadences. */
  cadence?: Array<PeriodCadence> | null | undefined;
  /** When the period was closed (`isNull: true`: not yet). */
  closedAt?: DateTimeComparison | null | undefined;
  /** One of these periods. */
  id?: Array<string> | null | undefined;
  /** This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it. */
  not?: PeriodFilter | null | undefined;
  /** When the period was opened (`isNull: true`: not yet). */
  openedAt?: DateTimeComparison | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<PeriodFilter> | null | undefined;
  /** In one of these states. */
  state?: Array<PeriodState> | null | undefined;
  /** Conditions on the year, e.g. `{ gte: 2025 }`. */
  year?: IntComparison | null | undefined;
};

/** Lifecycle of a period; it only moves forward: PLANNING → OPEN → CLOSED. */
export type PeriodState =
  /** Ditutup: finished; read-only. */
  | 'CLOSED'
  /** Dibuka: running; the template version of every family is pinned. */
  | 'OPEN'
  /** Perencanaan: being prepared; no template version is pinned yet. */
  | 'PLANNING';

/** Predikat kinerja (PermenPANRB 6/2022), from the work-results and behaviour ratings. */
export type Predikat =
  /** Baik. */
  | 'BAIK'
  /** Butuh Perbaikan. */
  | 'BUTUH_PERBAIKAN'
  /** Kurang/Misconduct. */
  | 'KURANG'
  /** Sangat Baik. */
  | 'SANGAT_BAIK'
  /** Sangat Kurang. */
  | 'SANGAT_KURANG';

/** Publishes a draft: validates it and freezes it for ever. */
export type PublishTemplateVersionInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The draft version. */
  versionId: string;
};

/** A rating of work results or behaviour. */
export type Rating =
  /** Di Atas Ekspektasi. */
  | 'ABOVE'
  /** Di Bawah Ekspektasi. */
  | 'BELOW'
  /** Sesuai Ekspektasi. */
  | 'MEETS';

/** Thresholds for one suggested rating. */
export type RatingThresholdInput = {
  /** Score from which Di Atas Ekspektasi is suggested. */
  above: number;
  /** Score from which Sesuai Ekspektasi is suggested. */
  meets: number;
};

/** Thresholds of both suggested ratings. */
export type RatingThresholdsInput = {
  /** Behaviour. */
  behaviour: RatingThresholdInput;
  /** Work results. */
  workResults: RatingThresholdInput;
};

/** Records the realisation of a plan target in a sub-period. */
export type RecordRealisationInput = {
  /** Link to the evidence (http/https). */
  evidenceUrl?: string | null | undefined;
  /** A note (at most 2000 characters). */
  note?: string | null | undefined;
  /** The sub-period. */
  subPeriodId: string;
  /** The target of the approved work plan. */
  targetId: string;
  /** The realised value, in the target’s unit. */
  value: number;
};

/** Removes an indicator from a draft. */
export type RemoveTemplateIndicatorInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Key of the indicator. */
  indicatorKey: string;
  /** The draft version. */
  versionId: string;
};

/** Removes a section and its indicators from a draft. */
export type RemoveTemplateSectionInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** Key of the section. */
  sectionKey: string;
  /** The draft version. */
  versionId: string;
};

/** Reopens a submitted assessment (assessor’s supervisor or HR), with a reason. */
export type ReopenAssessmentInput = {
  /** The assessment. */
  assessmentId: string;
  /** Why it is reopened; kept in the audit trail. */
  reason: string;
};

/** Returns a submitted work plan to the employee for changes. */
export type ReturnWorkPlanInput = {
  /** What to change; required, not blank. */
  comment: string;
  /** The `lockVersion` you edited; when someone changed the plan in between, the change is refused with CONFLICT and nothing is stored. */
  expectedLockVersion?: number | null | undefined;
  /** The work plan revision. */
  planId: string;
};

/** Starts a new revision of an approved work plan. */
export type ReviseWorkPlanInput = {
  /** The `lockVersion` you edited; when someone changed the plan in between, the change is refused with CONFLICT and nothing is stored. */
  expectedLockVersion?: number | null | undefined;
  /** The work plan revision. */
  planId: string;
};

/** What a user may do. SUPERVISOR and EMPLOYEE follow from the organisation; the others are granted. */
export type Role =
  /** Manages users, units and employees. */
  | 'ADMIN'
  /** Reads everything, changes nothing. */
  | 'ANALYST'
  /** An ASN with their own plan and assessments. */
  | 'EMPLOYEE'
  /** Pengelola kinerja: templates, periods, all records. */
  | 'HR'
  /** Pejabat penilai: anyone with active subordinates. */
  | 'SUPERVISOR';

/** Saves the answers of a draft; missing answers are fine, wrong ones are refused. */
export type SaveAssessmentDraftInput = {
  /** All answers so far (replaces the stored set). */
  answers: Array<AnswerInput>;
  /** The assessment. */
  assessmentId: string;
  /** The lockVersion you edited; stale → CONFLICT. */
  expectedLockVersion?: number | null | undefined;
};

/** Writes or rewrites the final feedback on a submitted assessment (its assessor only, until acknowledged). */
export type SaveAssessmentFeedbackInput = {
  /** Areas to improve, 1–4000 characters. */
  areasToImprove: string;
  /** The submitted assessment. */
  assessmentId: string;
  /** Recommended development, in order (replaces the stored list; at most 20). */
  developmentActions: Array<DevelopmentActionInput>;
  /** The feedback’s lockVersion you edited; omit only when writing it the first time. Stale → CONFLICT, nothing stored. */
  expectedLockVersion?: number | null | undefined;
  /** Strengths, 1–4000 characters. */
  strengths: string;
};

/** A saved query to create (without `id`) or to change (with the `id` of one of your own). */
export type SaveSavedQueryInput = {
  /** What the query answers. */
  description?: string | null | undefined;
  /** The `version` you edited; when it was changed in between, the save is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The saved query to change; absent = create a new one. */
  id?: string | null | undefined;
  /** Name, 1–120 characters, unique among your saved queries (ignoring case). */
  name: string;
  /** The GraphQL document: exactly one `query` operation, valid against the schema, at most 20 000 characters. */
  query: string;
  /** Share it with the other explorer users (default false). */
  shared?: boolean | null | undefined;
  /** Variables as a JSON object, or null. */
  variables?: unknown;
};

/** The employee’s self-assessment on the same form. */
export type SaveSelfAssessmentInput = {
  /** The self-assessment answers. */
  answers: Array<AnswerInput>;
  /** The assessment. */
  assessmentId: string;
  /** The lockVersion you edited; stale → CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** True to submit (must be complete); false to keep a draft. */
  submit?: boolean;
};

/** Replaces the whole content of a draft or returned work plan. */
export type SaveWorkPlanInput = {
  /** The `lockVersion` you edited; when someone changed the plan in between, the change is refused with CONFLICT and nothing is stored. */
  expectedLockVersion?: number | null | undefined;
  /** The work plan revision. */
  planId: string;
  /** The work results, in order. */
  results: Array<WorkResultInput>;
};

/** One level of a scale. */
export type ScaleLevelInput = {
  /** What the level means. */
  label: LocalizedTextInput;
  /** Raw score of the level. */
  score: number;
  /** The value stored as the answer. */
  value: string;
};

/** A section; its indicators are added with addTemplateIndicator. */
export type SectionInput = {
  /** Explanation under the title. */
  description?: LocalizedTextInput | null | undefined;
  /** Unique key within the version. */
  key: string;
  /** What the section is for. */
  kind: SectionKind;
  /** Title. */
  title: LocalizedTextInput;
  /** Share when several sections feed the same rating. */
  weight?: number | null | undefined;
  /** Whether indicator weights apply (must add up to 100). */
  weighted?: boolean;
};

/** What a section is for, which also decides which rating it feeds. */
export type SectionKind =
  /** Perilaku Kerja: the seven BerAKHLAK values; feeds the behaviour rating. */
  | 'BEHAVIOUR'
  /** Feedback prompts; never scored. */
  | 'FEEDBACK'
  /** A sector instrument such as the classroom-observation rubric; feeds the work-results rating. */
  | 'INSTRUMENT'
  /** Hasil Kerja: the work results; feeds the work-results rating. */
  | 'WORK_RESULTS';

/** Replaces the supervisor’s specific expectations (ekspektasi khusus pimpinan) of a work plan. */
export type SetBehaviourExpectationsInput = {
  /** At most one per BerAKHLAK value; values left out have no specific expectation. */
  expectations: Array<BehaviourExpectationInput>;
  /** The `lockVersion` you edited; when someone changed the plan in between, the change is refused with CONFLICT and nothing is stored. */
  expectedLockVersion?: number | null | undefined;
  /** The work plan revision. */
  planId: string;
};

/** Marks the progress of a development action (the employee or the assessor; also after acknowledgement). */
export type SetDevelopmentActionStatusInput = {
  /** The development action. */
  actionId: string;
  /** Planned or done. */
  status: DevelopmentActionStatus;
};

/** Sets the thresholds of the suggested ratings of a draft. */
export type SetTemplateRatingThresholdsInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The thresholds. */
  ratingThresholds: RatingThresholdsInput;
  /** The draft version. */
  versionId: string;
};

/** Sex as recorded in digit 15 of the NIP. */
export type Sex =
  /** Perempuan (digit 2). */
  | 'FEMALE'
  /** Laki-laki (digit 1). */
  | 'MALE';

/** Starts (or returns the already started) assessment of an employee for a sub-period. */
export type StartAssessmentInput = {
  /** The employee assessed. */
  employeeId: string;
  /** The sub-period (quarter, semester, month, or the annual one). */
  subPeriodId: string;
};

/** Conditions on a sub-period (quarter, semester, month or the year); every given one must hold. */
export type SubPeriodFilter = {
  /** Every one of these filters holds. */
  and?: Array<SubPeriodFilter> | null | undefined;
  /** Conditions on the last day. */
  endDate?: DateComparison | null | undefined;
  /** One of these sub-periods. */
  id?: Array<string> | null | undefined;
  /** Of one of these kinds, e.g. `[QUARTER]`. */
  kind?: Array<SubPeriodKind> | null | undefined;
  /** This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it. */
  not?: SubPeriodFilter | null | undefined;
  /** Conditions on the number within the year (1–4 for quarters). */
  number?: IntComparison | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<SubPeriodFilter> | null | undefined;
  /** Conditions on the period (year). */
  period?: PeriodFilter | null | undefined;
  /** Conditions on the first day, e.g. `{ gte: "2025-10-01" }` for the last four quarters. */
  startDate?: DateComparison | null | undefined;
};

/** Kind of an evaluation sub-period. */
export type SubPeriodKind =
  /** The whole year (penilaian tahunan), numbered 1. */
  | 'ANNUAL'
  /** A month, numbered 1–12. */
  | 'MONTH'
  /** A triwulan (quarter), numbered 1–4. */
  | 'QUARTER'
  /** A semester, numbered 1–2. */
  | 'SEMESTER';

/** Submits an assessment; it is locked afterwards. */
export type SubmitAssessmentInput = {
  /** The final answers; omitted = the saved draft. */
  answers?: Array<AnswerInput> | null | undefined;
  /** The assessment. */
  assessmentId: string;
  /** Rating perilaku kerja; omitted = the suggested one. */
  behaviourRating?: Rating | null | undefined;
  /** The lockVersion you edited; stale → CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** Required when a rating departs from the suggested one. */
  ratingReason?: string | null | undefined;
  /** Rating hasil kerja; omitted = the suggested one. */
  workResultsRating?: Rating | null | undefined;
};

/** Submits a draft or returned work plan to the supervisor. */
export type SubmitWorkPlanInput = {
  /** The `lockVersion` you edited; when someone changed the plan in between, the change is refused with CONFLICT and nothing is stored. */
  expectedLockVersion?: number | null | undefined;
  /** The work plan revision. */
  planId: string;
};

/** The aspect a target measures (kuantitas, kualitas, waktu, biaya). */
export type TargetAspect =
  | 'COST'
  | 'QUALITY'
  | 'QUANTITY'
  | 'TIME';

/** Whether a realisation above the target is better (most targets) or worse (days, complaints, cost). */
export type TargetDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** Lifecycle of a template version: an editable draft, a frozen published version, or a retired one. */
export type TemplateVersionStatus =
  /** Editable; not yet usable for assessments. */
  | 'DRAFT'
  /** Frozen and usable for assessments; can never change again. */
  | 'PUBLISHED'
  /** Frozen and no longer offered for new periods; existing assessments keep it. */
  | 'RETIRED';

/** Conditions on a text; every one given must hold. `contains` and `startsWith` ignore case. */
export type TextComparison = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Exactly this text. */
  eq?: string | null | undefined;
  /** One of these texts exactly. */
  in?: Array<string> | null | undefined;
  /** True: has no value; false: has one. */
  isNull?: boolean | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

/** Which units to list: every given condition must hold; `and`, `or` and `not` combine filters. */
export type UnitFilter = {
  /** Every one of these filters holds. */
  and?: Array<UnitFilter> | null | undefined;
  /** Conditions on the code. */
  code?: TextComparison | null | undefined;
  /** One of these units. */
  id?: Array<string> | null | undefined;
  /** Of one of these kinds, e.g. `[KELURAHAN]`. */
  kind?: Array<UnitKind> | null | undefined;
  /** Conditions on the name. */
  name?: TextComparison | null | undefined;
  /** This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it. */
  not?: UnitFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<UnitFilter> | null | undefined;
  /** Conditions on the parent unit. */
  parent?: UnitFilter | null | undefined;
  /** Direct children of one of these units. */
  parentId?: Array<string> | null | undefined;
  /** With one of these organisational ratings. */
  rating?: Array<OrganisationRating> | null | undefined;
  /** Part of the name or code, any case. */
  search?: string | null | undefined;
};

/** Kind of an organisational unit (jenis unit kerja). */
export type UnitKind =
  /** Kecamatan (sub-district office); may be a root of the tree. */
  | 'KECAMATAN'
  /** Kelurahan (urban village); always has a parent. */
  | 'KELURAHAN'
  /** Puskesmas (community health centre), an external unit; may be a root. */
  | 'PUSKESMAS'
  /** Sekolah (school), an external unit whose rater is its own head; may be a root. */
  | 'SEKOLAH'
  /** Sekretariat (secretariat) of a kecamatan; always has a parent. */
  | 'SEKRETARIAT'
  /** Seksi (section); always has a parent. */
  | 'SEKSI';

/** Replaces the content of an indicator; its lineage key is kept. */
export type UpdateTemplateIndicatorInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The new content (the key may change; conditions follow). */
  indicator: IndicatorInput;
  /** Current key of the indicator. */
  indicatorKey: string;
  /** The draft version. */
  versionId: string;
};

/** Replaces a section's own fields; its indicators stay. */
export type UpdateTemplateSectionInput = {
  /** The revision you edited; when someone saved in between, the change is refused with CONFLICT. */
  expectedRevision?: number | null | undefined;
  /** The new fields (the key may change). */
  section: SectionInput;
  /** Current key of the section. */
  sectionKey: string;
  /** The draft version. */
  versionId: string;
};

/** Shows an indicator only when the answer of an earlier indicator matches. */
export type VisibilityConditionInput = {
  /** Key of an earlier indicator. */
  indicatorKey: string;
  /** How its answer is compared. */
  operator: ConditionOperator;
  /** A string, number or boolean; for IN a list of strings or numbers. */
  value: unknown;
};

/** Which work plan revisions to list: every given condition must hold; `and`, `or` and `not` combine filters. */
export type WorkPlanFilter = {
  /** Every one of these filters holds. */
  and?: Array<WorkPlanFilter> | null | undefined;
  /** Conditions on the approver (plans never submitted have none). */
  approver?: EmployeeFilter | null | undefined;
  /** Plans submitted to one of these supervisors (the approver fixed at submission). */
  approverId?: Array<string> | null | undefined;
  /** When the revision was started. */
  createdAt?: DateTimeComparison | null | undefined;
  /** When the supervisor last approved or returned it (`isNull: true`: not yet). */
  decidedAt?: DateTimeComparison | null | undefined;
  /** Conditions on the supervisor’s comment with the last decision. */
  decisionComment?: TextComparison | null | undefined;
  /** Conditions on the employee whose plan it is. */
  employee?: EmployeeFilter | null | undefined;
  /** Plans of one of these employees. */
  employeeId?: Array<string> | null | undefined;
  /** One of these work plan revisions. */
  id?: Array<string> | null | undefined;
  /** This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it. */
  not?: WorkPlanFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<WorkPlanFilter> | null | undefined;
  /** Plans of one of these periods. */
  periodId?: Array<string> | null | undefined;
  /** Revisions that follow one of these revisions. */
  previousId?: Array<string> | null | undefined;
  /** Conditions on the revision number (1 for a first plan). */
  revision?: IntComparison | null | undefined;
  /** Plans in one of these statuses. */
  status?: Array<WorkPlanStatus> | null | undefined;
  /** When the plan was last submitted (`isNull: true`: never). */
  submittedAt?: DateTimeComparison | null | undefined;
  /** When the revision last changed. */
  updatedAt?: DateTimeComparison | null | undefined;
};

/** Where a work plan (SKP) revision stands. */
export type WorkPlanStatus =
  /** Approved and locked; the targets in force. */
  | 'APPROVED'
  /** Being written by the employee. */
  | 'DRAFT'
  /** Returned by the supervisor with a comment; the employee revises and resubmits. */
  | 'RETURNED'
  /** Waiting for the supervisor. */
  | 'SUBMITTED'
  /** An approved revision replaced by a later approved one; kept as history. */
  | 'SUPERSEDED';

/** A work result (RHK) with its indicators and targets. */
export type WorkResultInput = {
  /** The existing result of this plan it replaces (keeps its identity and lineage); absent for a new one. */
  id?: string | null | undefined;
  /** Main (utama) or additional (tambahan). */
  kind: WorkResultKind;
  /** Cascading: a result of the approved plan of your current supervisor for the same period that this result supports. */
  parentResultId?: string | null | undefined;
  /** Indicators with targets, in order; a draft may have none yet. */
  targets: Array<WorkTargetInput>;
  /** What will be delivered, 1–500 characters. */
  title: string;
};

/** Hasil kerja utama (main) or tambahan (additional). */
export type WorkResultKind =
  | 'ADDITIONAL'
  | 'MAIN';

/** An indicator with its target for a work result. */
export type WorkTargetInput = {
  /** Quantity, quality, time or cost. */
  aspect: TargetAspect;
  /** Whether more or less is better. */
  direction: TargetDirection;
  /** The existing target of this plan it replaces (keeps its identity and lineage); absent for a new one. */
  id?: string | null | undefined;
  /** The indicator, e.g. "Persentase surat selesai tepat waktu". */
  label: string;
  /** The target value: more than 0, or 0 when lower is better. */
  target: number;
  /** Lineage key of the template indicator it was taken from, if any. */
  templateLineageKey?: string | null | undefined;
  /** Unit of the target, e.g. "dokumen", "%", "hari". */
  unit: string;
};

export type PeriodCalendarFragment = { id: string, year: number, state: PeriodState, subPeriods: Array<{ id: string, kind: SubPeriodKind, number: number, name: string, nameEn: string, startDate: string, endDate: string }> };

export type SaveAssessmentDraftMutationVariables = Exact<{
  input: SaveAssessmentDraftInput;
}>;


export type SaveAssessmentDraftMutation = { saveAssessmentDraft: { assessment: { id: string, lockVersion: number, updatedAt: string, answers: Array<{ indicatorKey: string, value: unknown }> } } };

export type SubmitAssessmentMutationVariables = Exact<{
  input: SubmitAssessmentInput;
}>;


export type SubmitAssessmentMutation = { submitAssessment: { assessment: { id: string, status: AssessmentStatus, lockVersion: number, submittedAt: string | null, updatedAt: string, selfSubmittedAt: string | null, workResultsRating: Rating | null, behaviourRating: Rating | null, suggestedWorkResultsRating: Rating | null, suggestedBehaviourRating: Rating | null, workResultsScore: number | null, behaviourScore: number | null, predikat: Predikat | null, ratingReason: string | null, employee: { id: string, name: string, nipFormatted: string, position: string, unit: { id: string, name: string } }, assessor: { id: string, name: string }, subPeriod: { id: string, name: string, nameEn: string }, templateVersion: { id: string, number: number, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, options: Array<{ value: string, score: number | null, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, unit: string | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, levels: Array<{ value: string, score: number, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, targetUnit: string, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }>, answers: Array<{ indicatorKey: string, value: unknown }>, selfAnswers: Array<{ indicatorKey: string, value: unknown }> | null, realisations: Array<{ id: string, value: number, note: string | null, evidenceUrl: string | null, recordedAt: string }> } } };

export type AssessmentDetailFragment = { id: string, status: AssessmentStatus, lockVersion: number, submittedAt: string | null, updatedAt: string, selfSubmittedAt: string | null, workResultsRating: Rating | null, behaviourRating: Rating | null, suggestedWorkResultsRating: Rating | null, suggestedBehaviourRating: Rating | null, workResultsScore: number | null, behaviourScore: number | null, predikat: Predikat | null, ratingReason: string | null, employee: { id: string, name: string, nipFormatted: string, position: string, unit: { id: string, name: string } }, assessor: { id: string, name: string }, subPeriod: { id: string, name: string, nameEn: string }, templateVersion: { id: string, number: number, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
      | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, options: Array<{ value: string, score: number | null, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'NumberIndicator', min: number | null, max: number | null, unit: string | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, levels: Array<{ value: string, score: number, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, targetUnit: string, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    > }>, answers: Array<{ indicatorKey: string, value: unknown }>, selfAnswers: Array<{ indicatorKey: string, value: unknown }> | null, realisations: Array<{ id: string, value: number, note: string | null, evidenceUrl: string | null, recordedAt: string }> };

export type AssessmentPageQueryVariables = Exact<{
  id: string;
}>;


export type AssessmentPageQuery = { assessment: { id: string, status: AssessmentStatus, lockVersion: number, submittedAt: string | null, updatedAt: string, selfSubmittedAt: string | null, workResultsRating: Rating | null, behaviourRating: Rating | null, suggestedWorkResultsRating: Rating | null, suggestedBehaviourRating: Rating | null, workResultsScore: number | null, behaviourScore: number | null, predikat: Predikat | null, ratingReason: string | null, employee: { id: string, name: string, nipFormatted: string, position: string, unit: { id: string, name: string } }, assessor: { id: string, name: string }, subPeriod: { id: string, name: string, nameEn: string }, templateVersion: { id: string, number: number, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
        | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, options: Array<{ value: string, score: number | null, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'NumberIndicator', min: number | null, max: number | null, unit: string | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, levels: Array<{ value: string, score: number, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, targetUnit: string, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      > }>, answers: Array<{ indicatorKey: string, value: unknown }>, selfAnswers: Array<{ indicatorKey: string, value: unknown }> | null, realisations: Array<{ id: string, value: number, note: string | null, evidenceUrl: string | null, recordedAt: string }> } | null };

export type AssessmentGuidanceQueryVariables = Exact<{
  id: string;
}>;


export type AssessmentGuidanceQuery = { assessment: { id: string, sections: Array<{ indicators: Array<
        | { key: string }
        | { key: string }
        | { key: string, guidance: Array<{ id: string, en: string }> | null }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      > }> } | null };

export type ReopenAssessmentMutationVariables = Exact<{
  input: ReopenAssessmentInput;
}>;


export type ReopenAssessmentMutation = { reopenAssessment: { assessment: { id: string, status: AssessmentStatus, lockVersion: number, submittedAt: string | null, updatedAt: string, selfSubmittedAt: string | null, workResultsRating: Rating | null, behaviourRating: Rating | null, suggestedWorkResultsRating: Rating | null, suggestedBehaviourRating: Rating | null, workResultsScore: number | null, behaviourScore: number | null, predikat: Predikat | null, ratingReason: string | null, employee: { id: string, name: string, nipFormatted: string, position: string, unit: { id: string, name: string } }, assessor: { id: string, name: string }, subPeriod: { id: string, name: string, nameEn: string }, templateVersion: { id: string, number: number, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, options: Array<{ value: string, score: number | null, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, unit: string | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, levels: Array<{ value: string, score: number, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, targetUnit: string, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }>, answers: Array<{ indicatorKey: string, value: unknown }>, selfAnswers: Array<{ indicatorKey: string, value: unknown }> | null, realisations: Array<{ id: string, value: number, note: string | null, evidenceUrl: string | null, recordedAt: string }> } } };

export type SaveSelfAssessmentMutationVariables = Exact<{
  input: SaveSelfAssessmentInput;
}>;


export type SaveSelfAssessmentMutation = { saveSelfAssessment: { assessment: { id: string, lockVersion: number, updatedAt: string, selfSubmittedAt: string | null, selfAnswers: Array<{ indicatorKey: string, value: unknown }> | null } } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { viewer: { id: string, name: string, roles: Array<Role> } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, employeeId: string | null, roles: Array<Role> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type DashboardOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOptionsQuery = { units: Array<{ id: string, name: string, depth: number, path: Array<string>, code: string, employees: Array<{ id: string }> }>, periods: { nodes: Array<{ id: string, year: number, state: PeriodState, subPeriods: Array<{ id: string, kind: SubPeriodKind, number: number, name: string, nameEn: string, startDate: string, endDate: string }> }> } };

export type UnitDistributionQueryVariables = Exact<{
  unitId: string;
  periodId: string;
  subPeriodId?: string | null | undefined;
  subPeriodIds?: Array<string> | string | null | undefined;
  includeSubUnits: boolean;
}>;


export type UnitDistributionQuery = { predikatDistribution: { total: number, organisationRating: OrganisationRating, includeSubUnits: boolean, rows: Array<{ predikat: Predikat, count: number, percent: number }>, guideline: Array<{ kind: string, percent: number | null, predikat: Array<Predikat> }>, warnings: Array<{ code: string, message: string }>, subPeriod: { id: string, name: string, nameEn: string } }, assessments: { totalCount: number } };

export type SavedQueryFieldsFragment = { id: string, name: string, description: string | null, query: string, variables: unknown, shared: boolean, mine: boolean, ownerName: string, version: number };

export type ExplorerSavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSavedQueriesQuery = { savedQueries: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string | null, query: string, variables: unknown, shared: boolean, mine: boolean, ownerName: string, version: number } }> } };

export type ExplorerSavedQueryQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerSavedQueryQuery = { savedQuery: { id: string, name: string, description: string | null, query: string, variables: unknown, shared: boolean, mine: boolean, ownerName: string, version: number } | null };

export type ExplorerSaveSavedQueryMutationVariables = Exact<{
  input: SaveSavedQueryInput;
}>;


export type ExplorerSaveSavedQueryMutation = { saveSavedQuery: { savedQuery: { id: string, name: string, description: string | null, query: string, variables: unknown, shared: boolean, mine: boolean, ownerName: string, version: number } } };

export type ExplorerDeleteSavedQueryMutationVariables = Exact<{
  id: string;
}>;


export type ExplorerDeleteSavedQueryMutation = { deleteSavedQuery: { deletedId: string } };

export type ExplorerContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerContextQuery = { jobFamilies: Array<{ id: string, code: string }>, periods: { nodes: Array<{ id: string, year: number }> }, unitTree: Array<{ id: string, kind: UnitKind }> };

export type FormSectionFieldsFragment = { key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
    | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, options: Array<{ value: string, score: number | null, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    | { __typename: 'NumberIndicator', min: number | null, max: number | null, unit: string | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, levels: Array<{ value: string, score: number, label: { id: string, en: string } }>, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, targetUnit: string, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
  > };

export type FormGuidanceFieldsFragment = { indicators: Array<
    | { key: string }
    | { key: string }
    | { key: string, guidance: Array<{ id: string, en: string }> | null }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
  > };

export type JobFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type JobFamiliesQuery = { jobFamilies: Array<{ id: string, code: string, name: string, nameEn: string, description: string | null, templates: Array<{ id: string, name: string, versions: Array<{ id: string, number: number, status: TemplateVersionStatus }> }> }> };

export type CreateJobFamilyMutationVariables = Exact<{
  input: CreateJobFamilyInput;
}>;


export type CreateJobFamilyMutation = { createJobFamily: { family: { id: string, code: string, name: string, nameEn: string, description: string | null } } };

export type MyResultsQueryVariables = Exact<{
  employeeId: string;
}>;


export type MyResultsQuery = { assessments: { edges: Array<{ node: { id: string, status: AssessmentStatus, submittedAt: string | null, selfSubmittedAt: string | null, workResultsRating: Rating | null, behaviourRating: Rating | null, predikat: Predikat | null, assessor: { id: string, name: string }, subPeriod: { id: string, name: string, nameEn: string, startDate: string } } }> }, objections: { edges: Array<{ node: { id: string, status: ObjectionStatus, reason: string, filedAt: string, decidedAt: string | null, decisionReason: string | null, predikat: Predikat | null, assessment: { id: string } } }> } };

export type MyAssessmentFeedbackQueryVariables = Exact<{
  assessmentId: string;
}>;


export type MyAssessmentFeedbackQuery = { assessmentFeedback: { id: string, lockVersion: number, strengths: string, areasToImprove: string, acknowledgedAt: string | null, developmentActions: Array<{ id: string, kind: DevelopmentActionKind, description: string, targetDate: string, status: DevelopmentActionStatus, doneAt: string | null }> } | null };

export type AcknowledgeMyFeedbackMutationVariables = Exact<{
  input: AcknowledgeFeedbackInput;
}>;


export type AcknowledgeMyFeedbackMutation = { acknowledgeFeedback: { feedback: { id: string, lockVersion: number, acknowledgedAt: string | null } } };

export type SetMyDevelopmentActionStatusMutationVariables = Exact<{
  input: SetDevelopmentActionStatusInput;
}>;


export type SetMyDevelopmentActionStatusMutation = { setDevelopmentActionStatus: { action: { id: string, status: DevelopmentActionStatus, doneAt: string | null } } };

export type FileMyObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileMyObjectionMutation = { fileObjection: { objection: { id: string, status: ObjectionStatus } } };

export type TeamMembersQueryVariables = Exact<{
  employeeId: string;
}>;


export type TeamMembersQuery = { employee: { id: string, name: string, subordinates: Array<{ id: string, name: string, position: string }> } | null };

export type TeamPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamPeriodsQuery = { periods: { nodes: Array<{ id: string, year: number, state: PeriodState, subPeriods: Array<{ id: string, kind: SubPeriodKind, number: number, name: string, nameEn: string, startDate: string, endDate: string }> }> } };

export type TeamWorkQueryVariables = Exact<{
  toApprove: WorkPlanFilter;
  teamPlans: WorkPlanFilter;
  drafts: AssessmentFilter;
  assessed: AssessmentFilter;
  objections: ObjectionFilter;
  hasTeam: boolean;
}>;


export type TeamWorkQuery = { toApprove: { edges: Array<{ node: { id: string, revision: number, status: WorkPlanStatus, submittedAt: string | null, employee: { id: string, name: string } } }> }, teamPlans: { edges: Array<{ node: { id: string, revision: number, status: WorkPlanStatus, employee: { id: string } } }> }, drafts?: { edges: Array<{ node: { id: string, status: AssessmentStatus, employee: { id: string, name: string }, subPeriod: { id: string, name: string, nameEn: string } } }> }, assessed?: { edges: Array<{ node: { id: string, status: AssessmentStatus, employee: { id: string }, subPeriod: { id: string, number: number, endDate: string } } }> }, objections: { edges: Array<{ node: { id: string, status: ObjectionStatus, filedAt: string, deadline: string, employee: { id: string, name: string } } }> } };

export type TeamStartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type TeamStartAssessmentMutation = { startAssessment: { assessment: { id: string, status: AssessmentStatus } } };

export type PlanReviewQueryVariables = Exact<{
  id: string;
}>;


export type PlanReviewQuery = { workPlan: { id: string, revision: number, status: WorkPlanStatus, lockVersion: number, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null, employee: { id: string, name: string, position: string }, period: { id: string, year: number }, results: Array<{ id: string, kind: WorkResultKind, title: string, position: number, parentResult: { id: string, title: string } | null, targets: Array<{ id: string, aspect: TargetAspect, direction: TargetDirection, label: string, target: number, unit: string }> }>, behaviourExpectations: Array<{ id: string, valueCode: string, expectation: string }>, revisions: Array<{ id: string, revision: number, status: WorkPlanStatus, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null }> } | null };

export type TeamApprovePlanMutationVariables = Exact<{
  input: ApproveWorkPlanInput;
}>;


export type TeamApprovePlanMutation = { approveWorkPlan: { plan: { id: string, status: WorkPlanStatus, lockVersion: number, decidedAt: string | null, decisionComment: string | null } } };

export type TeamReturnPlanMutationVariables = Exact<{
  input: ReturnWorkPlanInput;
}>;


export type TeamReturnPlanMutation = { returnWorkPlan: { plan: { id: string, status: WorkPlanStatus, lockVersion: number, decidedAt: string | null, decisionComment: string | null } } };

export type TeamSetExpectationsMutationVariables = Exact<{
  input: SetBehaviourExpectationsInput;
}>;


export type TeamSetExpectationsMutation = { setBehaviourExpectations: { plan: { id: string, lockVersion: number, behaviourExpectations: Array<{ id: string, valueCode: string, expectation: string }> } } };

export type ObjectionDecisionQueryVariables = Exact<{
  id: string;
}>;


export type ObjectionDecisionQuery = { objection: { id: string, status: ObjectionStatus, reason: string, filedAt: string, deadline: string, decidedAt: string | null, decisionReason: string | null, previousWorkResultsRating: Rating, previousBehaviourRating: Rating, previousPredikat: Predikat, employee: { id: string, name: string, position: string }, assessment: { id: string, workResultsRating: Rating | null, behaviourRating: Rating | null, predikat: Predikat | null, ratingReason: string | null, workResultsScore: number | null, behaviourScore: number | null, suggestedWorkResultsRating: Rating | null, suggestedBehaviourRating: Rating | null, submittedAt: string | null, assessor: { id: string, name: string }, subPeriod: { id: string, name: string, nameEn: string } } } | null };

export type TeamDecideObjectionMutationVariables = Exact<{
  input: DecideObjectionInput;
}>;


export type TeamDecideObjectionMutation = { decideObjection: { objection: { id: string, status: ObjectionStatus, decidedAt: string | null, decisionReason: string | null, workResultsRating: Rating | null, behaviourRating: Rating | null, predikat: Predikat | null, assessment: { id: string, workResultsRating: Rating | null, behaviourRating: Rating | null, predikat: Predikat | null, ratingReason: string | null } } } };

export type FinalFeedbackQueryVariables = Exact<{
  assessmentId: string;
}>;


export type FinalFeedbackQuery = { assessment: { id: string, status: AssessmentStatus, predikat: Predikat | null, employee: { id: string, name: string }, assessor: { id: string }, subPeriod: { id: string, name: string, nameEn: string } } | null, assessmentFeedback: { id: string, lockVersion: number, strengths: string, areasToImprove: string, acknowledgedAt: string | null, developmentActions: Array<{ id: string, kind: DevelopmentActionKind, description: string, targetDate: string, status: DevelopmentActionStatus, position: number }> } | null };

export type TeamSaveFeedbackMutationVariables = Exact<{
  input: SaveAssessmentFeedbackInput;
}>;


export type TeamSaveFeedbackMutation = { saveAssessmentFeedback: { feedback: { id: string, lockVersion: number, strengths: string, areasToImprove: string, acknowledgedAt: string | null, developmentActions: Array<{ id: string, kind: DevelopmentActionKind, description: string, targetDate: string, status: DevelopmentActionStatus, position: number }> } } };

export type TemplateVersionFieldsFragment = { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
      | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
    > }> };

export type TemplateVersionItemsQueryVariables = Exact<{
  id: string;
}>;


export type TemplateVersionItemsQuery = { templateVersion: { id: string, revision: number, sections: Array<{ key: string, indicators: Array<
        | { __typename: 'ChoiceIndicator', key: string, options: Array<{ value: string, score: number | null, label: { id: string, en: string } }> }
        | { __typename: 'EvidenceIndicator', key: string }
        | { __typename: 'ExpectationIndicator', key: string, guidance: Array<{ id: string, en: string }> | null }
        | { __typename: 'NumberIndicator', key: string }
        | { __typename: 'ScaleIndicator', key: string, levels: Array<{ value: string, score: number, label: { id: string, en: string } }> }
        | { __typename: 'TargetIndicator', key: string }
        | { __typename: 'TextIndicator', key: string }
        | { __typename: 'YesNoIndicator', key: string }
      > }> } | null };

export type TemplatesOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesOverviewQuery = { jobFamilies: Array<{ id: string, code: string, name: string, nameEn: string, templates: Array<{ id: string, name: string, draft: { id: string, number: number } | null, versions: Array<{ id: string, number: number, status: TemplateVersionStatus, publishedAt: string | null }> }> }> };

export type CreateTemplateMutationVariables = Exact<{
  input: CreateTemplateInput;
}>;


export type CreateTemplateMutation = { createTemplate: { template: { id: string, name: string, draft: { id: string, number: number } | null, versions: Array<{ id: string, number: number, status: TemplateVersionStatus, publishedAt: string | null }> } } };

export type CreateTemplateDraftMutationVariables = Exact<{
  input: CreateTemplateDraftInput;
}>;


export type CreateTemplateDraftMutation = { createTemplateDraft: { version: { id: string, number: number, status: TemplateVersionStatus } } };

export type TemplateVersionQueryVariables = Exact<{
  id: string;
}>;


export type TemplateVersionQuery = { templateVersion: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, template: { id: string, name: string, family: { id: string, name: string, nameEn: string }, versions: Array<{ id: string, number: number, status: TemplateVersionStatus, publishedAt: string | null }> }, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
        | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
      > }> } | null };

export type TemplateVersionDiffQueryVariables = Exact<{
  fromId: string;
  toId: string;
}>;


export type TemplateVersionDiffQuery = { templateVersionDiff: { identical: boolean, reordered: boolean, ratingThresholds: Array<{ field: string, before: unknown, after: unknown }>, sections: { added: Array<{ key: string, title: { id: string, en: string } }>, removed: Array<{ key: string, title: { id: string, en: string } }>, changed: Array<{ key: string, title: { id: string, en: string }, changes: Array<{ field: string, before: unknown, after: unknown }> }> }, indicators: { added: Array<{ key: string, sectionKey: string, lineageKey: string, label: { id: string, en: string } }>, removed: Array<{ key: string, sectionKey: string, lineageKey: string, label: { id: string, en: string } }>, moved: Array<{ key: string, sectionKey: string, fromSectionKey: string, lineageKey: string, label: { id: string, en: string } }>, changed: Array<{ key: string, fromKey: string, sectionKey: string, lineageKey: string, label: { id: string, en: string }, changes: Array<{ field: string, before: unknown, after: unknown }> }> } } };

export type AddTemplateSectionMutationVariables = Exact<{
  input: AddTemplateSectionInput;
}>;


export type AddTemplateSectionMutation = { addTemplateSection: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type UpdateTemplateSectionMutationVariables = Exact<{
  input: UpdateTemplateSectionInput;
}>;


export type UpdateTemplateSectionMutation = { updateTemplateSection: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type RemoveTemplateSectionMutationVariables = Exact<{
  input: RemoveTemplateSectionInput;
}>;


export type RemoveTemplateSectionMutation = { removeTemplateSection: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type MoveTemplateSectionMutationVariables = Exact<{
  input: MoveTemplateSectionInput;
}>;


export type MoveTemplateSectionMutation = { moveTemplateSection: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type AddTemplateIndicatorMutationVariables = Exact<{
  input: AddTemplateIndicatorInput;
}>;


export type AddTemplateIndicatorMutation = { addTemplateIndicator: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type UpdateTemplateIndicatorMutationVariables = Exact<{
  input: UpdateTemplateIndicatorInput;
}>;


export type UpdateTemplateIndicatorMutation = { updateTemplateIndicator: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type RemoveTemplateIndicatorMutationVariables = Exact<{
  input: RemoveTemplateIndicatorInput;
}>;


export type RemoveTemplateIndicatorMutation = { removeTemplateIndicator: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type MoveTemplateIndicatorMutationVariables = Exact<{
  input: MoveTemplateIndicatorInput;
}>;


export type MoveTemplateIndicatorMutation = { moveTemplateIndicator: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type SetTemplateRatingThresholdsMutationVariables = Exact<{
  input: SetTemplateRatingThresholdsInput;
}>;


export type SetTemplateRatingThresholdsMutation = { setTemplateRatingThresholds: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type PublishTemplateVersionMutationVariables = Exact<{
  input: PublishTemplateVersionInput;
}>;


export type PublishTemplateVersionMutation = { publishTemplateVersion: { version: { id: string, number: number, status: TemplateVersionStatus, revision: number, publishedAt: string | null, createdAt: string, problems: Array<{ code: string, message: string, path: string, sectionKey: string | null, indicatorKey: string | null }>, ratingThresholds: { workResults: { meets: number, above: number }, behaviour: { meets: number, above: number } }, sections: Array<{ key: string, kind: SectionKind, weighted: boolean, weight: number | null, title: { id: string, en: string }, description: { id: string, en: string } | null, indicators: Array<
          | { __typename: 'ChoiceIndicator', multiple: boolean, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'EvidenceIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ExpectationIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'NumberIndicator', min: number | null, max: number | null, integer: boolean | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, numberUnit: string | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'ScaleIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TargetIndicator', aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'TextIndicator', maxLength: number | null, key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
          | { __typename: 'YesNoIndicator', key: string, lineageKey: string, kind: IndicatorKind, required: boolean, weight: number | null, label: { id: string, en: string }, help: { id: string, en: string } | null, visibleWhen: { indicatorKey: string, operator: ConditionOperator, value: unknown } | null }
        > }> } } };

export type MyPlanFieldsFragment = { id: string, revision: number, status: WorkPlanStatus, lockVersion: number, decisionComment: string | null, decidedAt: string | null, submittedAt: string | null, createdAt: string, approver: { id: string, name: string } | null, results: Array<{ id: string, kind: WorkResultKind, title: string, parentResult: { id: string, title: string } | null, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, templateLineageKey: string | null }> }>, previous: { id: string, status: WorkPlanStatus, results: Array<{ id: string, kind: WorkResultKind, title: string, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection }> }> } | null, revisions: Array<{ id: string, revision: number, status: WorkPlanStatus, createdAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null }> };

export type MyPlanContextQueryVariables = Exact<{
  employeeId: string;
}>;


export type MyPlanContextQuery = { periods: { nodes: Array<{ id: string, year: number, state: PeriodState, subPeriods: Array<{ id: string, kind: SubPeriodKind, number: number, name: string, nameEn: string, startDate: string, endDate: string }> }> }, employee: { id: string, supervisor: { id: string, name: string } | null } | null };

export type MyPlanQueryVariables = Exact<{
  employeeId: string;
  periodId: string;
}>;


export type MyPlanQuery = { workPlans: { edges: Array<{ node: { id: string, revision: number, status: WorkPlanStatus, lockVersion: number, decisionComment: string | null, decidedAt: string | null, submittedAt: string | null, createdAt: string, approver: { id: string, name: string } | null, results: Array<{ id: string, kind: WorkResultKind, title: string, parentResult: { id: string, title: string } | null, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, templateLineageKey: string | null }> }>, previous: { id: string, status: WorkPlanStatus, results: Array<{ id: string, kind: WorkResultKind, title: string, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection }> }> } | null, revisions: Array<{ id: string, revision: number, status: WorkPlanStatus, createdAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null }> } }> } };

export type SupervisorApprovedResultsQueryVariables = Exact<{
  employeeId: string;
  periodId: string;
}>;


export type SupervisorApprovedResultsQuery = { workPlans: { edges: Array<{ node: { id: string, results: Array<{ id: string, title: string }> } }> } };

export type CreateMyWorkPlanMutationVariables = Exact<{
  input: CreateWorkPlanInput;
}>;


export type CreateMyWorkPlanMutation = { createWorkPlan: { plan: { id: string, revision: number, status: WorkPlanStatus, lockVersion: number, decisionComment: string | null, decidedAt: string | null, submittedAt: string | null, createdAt: string, approver: { id: string, name: string } | null, results: Array<{ id: string, kind: WorkResultKind, title: string, parentResult: { id: string, title: string } | null, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, templateLineageKey: string | null }> }>, previous: { id: string, status: WorkPlanStatus, results: Array<{ id: string, kind: WorkResultKind, title: string, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection }> }> } | null, revisions: Array<{ id: string, revision: number, status: WorkPlanStatus, createdAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null }> } } };

export type SaveMyWorkPlanMutationVariables = Exact<{
  input: SaveWorkPlanInput;
}>;


export type SaveMyWorkPlanMutation = { saveWorkPlan: { plan: { id: string, revision: number, status: WorkPlanStatus, lockVersion: number, decisionComment: string | null, decidedAt: string | null, submittedAt: string | null, createdAt: string, approver: { id: string, name: string } | null, results: Array<{ id: string, kind: WorkResultKind, title: string, parentResult: { id: string, title: string } | null, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, templateLineageKey: string | null }> }>, previous: { id: string, status: WorkPlanStatus, results: Array<{ id: string, kind: WorkResultKind, title: string, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection }> }> } | null, revisions: Array<{ id: string, revision: number, status: WorkPlanStatus, createdAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null }> } } };

export type SubmitMyWorkPlanMutationVariables = Exact<{
  input: SubmitWorkPlanInput;
}>;


export type SubmitMyWorkPlanMutation = { submitWorkPlan: { plan: { id: string, revision: number, status: WorkPlanStatus, lockVersion: number, decisionComment: string | null, decidedAt: string | null, submittedAt: string | null, createdAt: string, approver: { id: string, name: string } | null, results: Array<{ id: string, kind: WorkResultKind, title: string, parentResult: { id: string, title: string } | null, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, templateLineageKey: string | null }> }>, previous: { id: string, status: WorkPlanStatus, results: Array<{ id: string, kind: WorkResultKind, title: string, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection }> }> } | null, revisions: Array<{ id: string, revision: number, status: WorkPlanStatus, createdAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null }> } } };

export type ReviseMyWorkPlanMutationVariables = Exact<{
  input: ReviseWorkPlanInput;
}>;


export type ReviseMyWorkPlanMutation = { reviseWorkPlan: { plan: { id: string, revision: number, status: WorkPlanStatus, lockVersion: number, decisionComment: string | null, decidedAt: string | null, submittedAt: string | null, createdAt: string, approver: { id: string, name: string } | null, results: Array<{ id: string, kind: WorkResultKind, title: string, parentResult: { id: string, title: string } | null, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection, templateLineageKey: string | null }> }>, previous: { id: string, status: WorkPlanStatus, results: Array<{ id: string, kind: WorkResultKind, title: string, targets: Array<{ id: string, label: string, aspect: TargetAspect, target: number, unit: string, direction: TargetDirection }> }> } | null, revisions: Array<{ id: string, revision: number, status: WorkPlanStatus, createdAt: string, submittedAt: string | null, decidedAt: string | null, decisionComment: string | null }> } } };

export type RecordMyRealisationMutationVariables = Exact<{
  input: RecordRealisationInput;
}>;


export type RecordMyRealisationMutation = { recordRealisation: { realisation: { id: string, value: number, evidenceUrl: string | null, note: string | null, recordedAt: string } } };

export const PeriodCalendarFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<PeriodCalendarFragment, unknown>;
export const FormSectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","alias":{"kind":"Name","value":"targetUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScaleIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]} as unknown as DocumentNode<FormSectionFieldsFragment, unknown>;
export const AssessmentDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedWorkResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedBehaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsScore"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourScore"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"ratingReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","alias":{"kind":"Name","value":"targetUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScaleIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentDetailFragment, unknown>;
export const SavedQueryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SavedQueryFieldsFragment, unknown>;
export const FormGuidanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormGuidanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpectationIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormGuidanceFieldsFragment, unknown>;
export const TemplateVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TemplateVersionFieldsFragment, unknown>;
export const MyPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"templateLineageKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]} as unknown as DocumentNode<MyPlanFieldsFragment, unknown>;
export const SaveAssessmentDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAssessmentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAssessmentDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssessmentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveAssessmentDraftMutation, SaveAssessmentDraftMutationVariables>;
export const SubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","alias":{"kind":"Name","value":"targetUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScaleIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedWorkResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedBehaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsScore"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourScore"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"ratingReason"}}]}}]} as unknown as DocumentNode<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const AssessmentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","alias":{"kind":"Name","value":"targetUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScaleIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedWorkResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedBehaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsScore"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourScore"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"ratingReason"}}]}}]} as unknown as DocumentNode<AssessmentPageQuery, AssessmentPageQueryVariables>;
export const AssessmentGuidanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentGuidance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormGuidanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormGuidanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpectationIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentGuidanceQuery, AssessmentGuidanceQueryVariables>;
export const ReopenAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","alias":{"kind":"Name","value":"targetUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScaleIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedWorkResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedBehaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsScore"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourScore"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"ratingReason"}}]}}]} as unknown as DocumentNode<ReopenAssessmentMutation, ReopenAssessmentMutationVariables>;
export const SaveSelfAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSelfAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSelfAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SaveSelfAssessmentMutation, SaveSelfAssessmentMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const DashboardOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"units"},"name":{"kind":"Name","value":"unitTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodCalendar"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<DashboardOptionsQuery, DashboardOptionsQueryVariables>;
export const UnitDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subPeriodId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subPeriodIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubUnits"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predikatDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subPeriodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subPeriodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubUnits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubUnits"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"organisationRating"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubUnits"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guideline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"subPeriodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subPeriodIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<UnitDistributionQuery, UnitDistributionQueryVariables>;
export const ExplorerSavedQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSavedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExplorerSavedQueriesQuery, ExplorerSavedQueriesQueryVariables>;
export const ExplorerSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExplorerSavedQueryQuery, ExplorerSavedQueryQueryVariables>;
export const ExplorerSaveSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerSaveSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSavedQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExplorerSaveSavedQueryMutation, ExplorerSaveSavedQueryMutationVariables>;
export const ExplorerDeleteSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerDeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<ExplorerDeleteSavedQueryMutation, ExplorerDeleteSavedQueryMutationVariables>;
export const ExplorerContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ExplorerContextQuery, ExplorerContextQueryVariables>;
export const JobFamiliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobFamiliesQuery, JobFamiliesQueryVariables>;
export const CreateJobFamilyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJobFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJobFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJobFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CreateJobFamilyMutation, CreateJobFamilyMutationVariables>;
export const MyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyResultsQuery, MyResultsQueryVariables>;
export const MyAssessmentFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssessmentFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasToImprove"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"developmentActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyAssessmentFeedbackQuery, MyAssessmentFeedbackQueryVariables>;
export const AcknowledgeMyFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeMyFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMyFeedbackMutation, AcknowledgeMyFeedbackMutationVariables>;
export const SetMyDevelopmentActionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyDevelopmentActionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDevelopmentActionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDevelopmentActionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetMyDevelopmentActionStatusMutation, SetMyDevelopmentActionStatusMutationVariables>;
export const FileMyObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileMyObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FileMyObjectionMutation, FileMyObjectionMutationVariables>;
export const TeamMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<TeamMembersQuery, TeamMembersQueryVariables>;
export const TeamPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodCalendar"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<TeamPeriodsQuery, TeamPeriodsQueryVariables>;
export const TeamWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toApprove"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlanFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamPlans"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlanFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drafts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objections"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasTeam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"toApprove"},"name":{"kind":"Name","value":"workPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toApprove"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"teamPlans"},"name":{"kind":"Name","value":"workPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamPlans"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drafts"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasTeam"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assessed"},"name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessed"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasTeam"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objections"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamWorkQuery, TeamWorkQueryVariables>;
export const TeamStartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamStartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TeamStartAssessmentMutation, TeamStartAssessmentMutationVariables>;
export const PlanReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"parentResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valueCode"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]}}]} as unknown as DocumentNode<PlanReviewQuery, PlanReviewQueryVariables>;
export const TeamApprovePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamApprovePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveWorkPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]}}]} as unknown as DocumentNode<TeamApprovePlanMutation, TeamApprovePlanMutationVariables>;
export const TeamReturnPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamReturnPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnWorkPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnWorkPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]}}]} as unknown as DocumentNode<TeamReturnPlanMutation, TeamReturnPlanMutationVariables>;
export const TeamSetExpectationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSetExpectations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBehaviourExpectationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBehaviourExpectations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourExpectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valueCode"}},{"kind":"Field","name":{"kind":"Name","value":"expectation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamSetExpectationsMutation, TeamSetExpectationsMutationVariables>;
export const ObjectionDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectionDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousWorkResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"previousBehaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"previousPredikat"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"ratingReason"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsScore"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourScore"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedWorkResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedBehaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionDecisionQuery, ObjectionDecisionQueryVariables>;
export const TeamDecideObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamDecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workResultsRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRating"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"ratingReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamDecideObjectionMutation, TeamDecideObjectionMutationVariables>;
export const FinalFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinalFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predikat"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasToImprove"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"developmentActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<FinalFeedbackQuery, FinalFeedbackQueryVariables>;
export const TeamSaveFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSaveFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAssessmentFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssessmentFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasToImprove"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"developmentActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamSaveFeedbackMutation, TeamSaveFeedbackMutationVariables>;
export const TemplateVersionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateVersionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScaleIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpectationIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TemplateVersionItemsQuery, TemplateVersionItemsQueryVariables>;
export const TemplatesOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplatesOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TemplatesOverviewQuery, TemplatesOverviewQueryVariables>;
export const CreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTemplateMutation, CreateTemplateMutationVariables>;
export const CreateTemplateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTemplateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTemplateDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTemplateDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTemplateDraftMutation, CreateTemplateDraftMutationVariables>;
export const TemplateVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TemplateVersionQuery, TemplateVersionQueryVariables>;
export const TemplateVersionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateVersionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateVersionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identical"}},{"kind":"Field","name":{"kind":"Name","value":"reordered"}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"fromSectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TemplateVersionDiffQuery, TemplateVersionDiffQueryVariables>;
export const AddTemplateSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTemplateSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddTemplateSectionMutation, AddTemplateSectionMutationVariables>;
export const UpdateTemplateSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTemplateSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTemplateSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTemplateSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTemplateSectionMutation, UpdateTemplateSectionMutationVariables>;
export const RemoveTemplateSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTemplateSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTemplateSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTemplateSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTemplateSectionMutation, RemoveTemplateSectionMutationVariables>;
export const MoveTemplateSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTemplateSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveTemplateSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTemplateSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoveTemplateSectionMutation, MoveTemplateSectionMutationVariables>;
export const AddTemplateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTemplateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddTemplateIndicatorMutation, AddTemplateIndicatorMutationVariables>;
export const UpdateTemplateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTemplateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTemplateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTemplateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTemplateIndicatorMutation, UpdateTemplateIndicatorMutationVariables>;
export const RemoveTemplateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTemplateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTemplateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTemplateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTemplateIndicatorMutation, RemoveTemplateIndicatorMutationVariables>;
export const MoveTemplateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTemplateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveTemplateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTemplateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoveTemplateIndicatorMutation, MoveTemplateIndicatorMutationVariables>;
export const SetTemplateRatingThresholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTemplateRatingThresholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTemplateRatingThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTemplateRatingThresholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetTemplateRatingThresholdsMutation, SetTemplateRatingThresholdsMutationVariables>;
export const PublishTemplateVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTemplateVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishTemplateVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTemplateVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","alias":{"kind":"Name","value":"numberUnit"},"name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishTemplateVersionMutation, PublishTemplateVersionMutationVariables>;
export const MyPlanContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlanContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodCalendar"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<MyPlanContextQuery, MyPlanContextQueryVariables>;
export const MyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPlanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"templateLineageKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]} as unknown as DocumentNode<MyPlanQuery, MyPlanQueryVariables>;
export const SupervisorApprovedResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorApprovedResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"periodId"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"APPROVED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisorApprovedResultsQuery, SupervisorApprovedResultsQueryVariables>;
export const CreateMyWorkPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMyWorkPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"templateLineageKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]} as unknown as DocumentNode<CreateMyWorkPlanMutation, CreateMyWorkPlanMutationVariables>;
export const SaveMyWorkPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMyWorkPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWorkPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWorkPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"templateLineageKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]} as unknown as DocumentNode<SaveMyWorkPlanMutation, SaveMyWorkPlanMutationVariables>;
export const SubmitMyWorkPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMyWorkPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitWorkPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitWorkPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"templateLineageKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]} as unknown as DocumentNode<SubmitMyWorkPlanMutation, SubmitMyWorkPlanMutationVariables>;
export const ReviseMyWorkPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseMyWorkPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseWorkPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseWorkPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"templateLineageKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}}]}}]}}]} as unknown as DocumentNode<ReviseMyWorkPlanMutation, ReviseMyWorkPlanMutationVariables>;
export const RecordMyRealisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMyRealisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRealisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRealisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMyRealisationMutation, RecordMyRealisationMutationVariables>;