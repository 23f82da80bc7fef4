import type { Refusal } from '../common/refusal';
import type { EditOperation } from './edit-operations';
import type { ApiProblem, PendingEdit, PlacedProblems } from './model';

/** What the editor's section and indicator rows share with it: the edit in progress and how to change the draft. */
export interface DraftSession {
  editable: boolean;
  busy: boolean;
  /** The section or indicator form open, if any. */
  pending: PendingEdit;
  refusal: Refusal | null;
  /** The rules engine's own problems of the draft as edited. */
  localProblems: ApiProblem[];
  /** The problems shown, placed by indicator and section. */
  placed: PlacedProblems<ApiProblem>;
  setPending(edit: PendingEdit): void;
  /** Opens a form (or, with null, closes it) and forgets the last refusal. */
  start(edit: PendingEdit): void;
  perform(operation: EditOperation, after?: () => void): Promise<Refusal | null>;
  savePending(): Promise<void>;
  onReload(): void;
}

/** The problems of an indicator, or of a section itself. */
export const problemsFor = (placed: PlacedProblems<ApiProblem>, indicatorKey: string | null, sectionKey: string) =>
  indicatorKey ? (placed.byIndicator.get(indicatorKey) ?? []) : (placed.bySection.get(sectionKey) ?? []);
