import { validateDefinition, type Problem } from '@kinerja/shared';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { IndicatorInput, RatingThresholdsInput, SectionInput, SectionKind } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import type { Refusal } from '../common/refusal';
import { Check, Field, IndicatorFormView } from './IndicatorFormView';
import { templateMessages } from './messages';
import {
  defaultAggregationFor,
  definitionOf,
  emptyIndicatorForm,
  emptySectionForm,
  formFromIndicator,
  indicatorInputOf,
  parseNumber,
  placeProblems,
  sectionFormOf,
  sectionInputOf,
  SECTION_KINDS,
  sectionWeightSum,
  type ApiIndicator,
  type ApiProblem,
  type ApiSection,
  type ApiVersion,
  type PendingEdit,
  type SectionForm,
} from './model';
import { ProblemList } from './ProblemList';
import { TemplatePreview } from './TemplatePreview';
import { RefusalAlert } from '../common/RefusalAlert';

/** One change of a draft; the page turns it into the matching mutation with `expectedRevision`. */
export type EditOperation =
  | { type: 'addSection'; section: SectionInput }
  | { type: 'updateSection'; sectionKey: string; section: SectionInput }
  | { type: 'removeSection'; sectionKey: string }
  | { type: 'moveSection'; sectionKey: string; position: number }
  | { type: 'addIndicator'; sectionKey: string; indicator: IndicatorInput }
  | { type: 'updateIndicator'; indicatorKey: string; indicator: IndicatorInput }
  | { type: 'removeIndicator'; indicatorKey: string }
  | { type: 'moveIndicator'; indicatorKey: string; sectionKey: string; position: number }
  | { type: 'setThresholds'; ratingThresholds: RatingThresholdsInput }
  | { type: 'publish' };

/** Runs an operation; resolves to the refusal, or null when it was stored. */
export type RunOperation = (operation: EditOperation) => Promise<Refusal | null>;

/** Rules-engine problems in the API's shape, in the current language. */
export function localizeProblems(problems: readonly Problem[], language: 'id' | 'en'): ApiProblem[] {
  return problems.map((p) => ({
    code: p.code,
    message: p.message[language] || p.message.id,
    path: p.path,
    sectionKey: p.sectionKey ?? null,
    indicatorKey: p.indicatorKey ?? null,
  }));
}

function ConfirmButton({
  label,
  confirmText,
  onConfirm,
  disabled,
}: {
  label: string;
  confirmText: string;
  onConfirm(): void;
  disabled?: boolean;
}) {
  const t = useT(templateMessages);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" aria-label={label} onClick={() => setAsking(true)} disabled={disabled}>
        {t('remove')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={confirmText}>
      <span>{confirmText}</span>
      <button
        type="button"
        className="danger"
        // the question replaces the button, so focus moves with it
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('remove')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}

function SectionFormView(props: {
  form: SectionForm;
  isNew: boolean;
  busy: boolean;
  refusal: Refusal | null;
  problems: readonly ApiProblem[];
  onChange(form: SectionForm): void;
  onSubmit(): void;
  onCancel(): void;
  onReload(): void;
}) {
  const t = useT(templateMessages);
  const { form } = props;
  const headingId = useId();
  const set = (patch: Partial<SectionForm>) => props.onChange({ ...form, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="editor-form" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>
        {props.isNew ? t('newSectionTitle') : `${t('sectionFormTitle')}: ${form.title.id || form.key}`}
      </h3>
      <div className="form-grid">
        <Field label={t('fieldKey')}>
          {(id) => (
            // the form opens on demand; focus goes to its first field
            <input
              id={id}
              value={form.key}
              onChange={(e) => set({ key: e.target.value })}
              required
              pattern="[a-z][a-z0-9_]*"
              autoFocus
            />
          )}
        </Field>
        <Field label={t('fieldSectionKind')}>
          {(id) => (
            <select id={id} value={form.kind} onChange={(e) => set({ kind: e.target.value as SectionKind })}>
              {SECTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`sectionKind_${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fieldTitleId')}>
          {(id) => (
            <input
              id={id}
              value={form.title.id}
              onChange={(e) => set({ title: { ...form.title, id: e.target.value } })}
              required
            />
          )}
        </Field>
        <Field label={t('fieldTitleEn')}>
          {(id) => (
            <input
              id={id}
              value={form.title.en}
              onChange={(e) => set({ title: { ...form.title, en: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('fieldDescriptionId')}>
          {(id) => (
            <textarea
              id={id}
              value={form.description.id}
              onChange={(e) => set({ description: { ...form.description, id: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('fieldDescriptionEn')}>
          {(id) => (
            <textarea
              id={id}
              value={form.description.en}
              onChange={(e) => set({ description: { ...form.description, en: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('fieldSectionWeight')}>
          {(id) => (
            <input id={id} inputMode="decimal" value={form.weight} onChange={(e) => set({ weight: e.target.value })} />
          )}
        </Field>
        <Check label={t('fieldWeighted')} checked={form.weighted} onChange={(weighted) => set({ weighted })} />
      </div>
      <ProblemList problems={props.problems} label={t('instantCheck')} />
      {props.refusal && (
        <RefusalAlert refusal={props.refusal}>
          <ProblemList problems={props.refusal.problems} />
          {props.refusal.code === 'CONFLICT' && (
            <button type="button" onClick={props.onReload}>
              {t('reload')}
            </button>
          )}
        </RefusalAlert>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function IndicatorSummary({ indicator }: { indicator: ApiIndicator }) {
  const t = useT(templateMessages);
  const parts = [t(`kind_${indicator.kind}`), indicator.required ? t('required') : t('optional')];
  if (indicator.weight !== null) parts.push(t('weightOf', { weight: indicator.weight }));
  if (indicator.__typename === 'TargetIndicator') {
    parts.push(
      `${indicator.target} ${indicator.unit} · ${t(`aspect_${indicator.aspect}`)} · ${t(`aggregation_${indicator.aggregation ?? defaultAggregationFor(indicator.aspect)}`)}`,
    );
  }
  if (indicator.visibleWhen) parts.push(t('conditional'));
  return <span className="hint">{parts.join(' · ')}</span>;
}

function ThresholdsForm({
  version,
  editable,
  run,
  onReload,
}: {
  version: ApiVersion;
  editable: boolean;
  run: RunOperation;
  onReload(): void;
}) {
  const t = useT(templateMessages);
  const current = version.ratingThresholds;
  const [values, setValues] = useState({
    wrMeets: String(current.workResults.meets),
    wrAbove: String(current.workResults.above),
    bMeets: String(current.behaviour.meets),
    bAbove: String(current.behaviour.above),
  });
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const num = (value: string) => parseNumber(value) ?? Number.NaN;
    const result = await run({
      type: 'setThresholds',
      ratingThresholds: {
        workResults: { meets: num(values.wrMeets), above: num(values.wrAbove) },
        behaviour: { meets: num(values.bMeets), above: num(values.bAbove) },
      },
    });
    setBusy(false);
    setRefusal(result);
  };
  const input = (key: keyof typeof values) => (id: string) => (
    <input
      id={id}
      inputMode="decimal"
      value={values[key]}
      readOnly={!editable}
      onChange={(e) => setValues({ ...values, [key]: e.target.value })}
    />
  );
  return (
    <form className="card thresholds" aria-labelledby="thresholds-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="thresholds-heading">{t('thresholds')}</h2>
      <div className="form-grid">
        <fieldset>
          <legend>{t('thresholdWorkResults')}</legend>
          <Field label={t('thresholdMeets')}>{input('wrMeets')}</Field>
          <Field label={t('thresholdAbove')}>{input('wrAbove')}</Field>
        </fieldset>
        <fieldset>
          <legend>{t('thresholdBehaviour')}</legend>
          <Field label={t('thresholdMeets')}>{input('bMeets')}</Field>
          <Field label={t('thresholdAbove')}>{input('bAbove')}</Field>
        </fieldset>
      </div>
      {refusal && (
        <RefusalAlert refusal={refusal}>
          <ProblemList problems={refusal.problems} />
          {refusal.code === 'CONFLICT' && (
            <button type="button" onClick={onReload}>
              {t('reload')}
            </button>
          )}
        </RefusalAlert>
      )}
      {editable && (
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('saveThresholds')}
        </button>
      )}
    </form>
  );
}

/**
 * A template version's sections and indicators. Editable for a draft (every change goes through `run`),
 * read-only otherwise. Problems appear next to what they name: the server's, or, while the user types,
 * the rules engine's own check of the form laid over the draft.
 */
export function TemplateEditor({
  version,
  editable,
  run,
  onReload,
}: {
  version: ApiVersion;
  editable: boolean;
  run: RunOperation;
  onReload(): void;
}) {
  const t = useT(templateMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const [pending, setPending] = useState<PendingEdit>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [publishRefusal, setPublishRefusal] = useState<Refusal | null>(null);

  const definition = useMemo(() => definitionOf(version, pending), [version, pending]);
  const localProblems = useMemo(
    () => (editable ? localizeProblems(validateDefinition(definition), language) : []),
    [definition, editable, language],
  );
  // While the user types, the instant check speaks; otherwise the server's problems (and a refused publish).
  const shownProblems = pending
    ? localProblems
    : [
        ...version.problems,
        ...(publishRefusal?.problems ?? []).filter(
          (p) => !version.problems.some((q) => q.code === p.code && q.path === p.path),
        ),
      ];
  const placed = placeProblems(editable ? shownProblems : []);

  const start = (edit: PendingEdit) => {
    setPending(edit);
    setRefusal(null);
  };
  const perform = async (operation: EditOperation, after?: () => void) => {
    setBusy(true);
    const result = await run(operation);
    setBusy(false);
    setRefusal(result);
    if (!result) {
      // the draft changed: its own problems now speak, no longer those of the refused publish
      setPublishRefusal(null);
      after?.();
    }
    return result;
  };
  const savePending = async () => {
    if (!pending) return;
    if (pending.type === 'indicator') {
      const indicator = indicatorInputOf(pending.form);
      await perform(
        pending.indicatorKey === null
          ? { type: 'addIndicator', sectionKey: pending.sectionKey, indicator }
          : { type: 'updateIndicator', indicatorKey: pending.indicatorKey, indicator },
        () => setPending(null),
      );
    } else {
      const section = sectionInputOf(pending.form);
      await perform(
        pending.sectionKey === null
          ? { type: 'addSection', section }
          : { type: 'updateSection', sectionKey: pending.sectionKey, section },
        () => setPending(null),
      );
    }
  };
  const publish = async () => {
    setBusy(true);
    const result = await run({ type: 'publish' });
    setBusy(false);
    setPublishRefusal(result);
  };

  const sectionsByKey = new Map(definition.sections.map((section) => [section.key, section]));
  const problemsFor = (indicatorKey: string | null, sectionKey: string) =>
    indicatorKey ? (placed.byIndicator.get(indicatorKey) ?? []) : (placed.bySection.get(sectionKey) ?? []);

  const renderIndicator = (section: ApiSection, indicator: ApiIndicator, index: number) => {
    const label = localized(indicator.label);
    const editing = pending?.type === 'indicator' && pending.indicatorKey === indicator.key;
    const problems = problemsFor(indicator.key, section.key);
    return (
      <li key={indicator.key} className={`indicator${problems.length > 0 ? ' has-problems' : ''}`} aria-label={label}>
        {editing && pending?.type === 'indicator' ? (
          <IndicatorFormView
            form={pending.form}
            isNew={false}
            busy={busy}
            refusal={refusal}
            problems={problems}
            onChange={(form) => setPending({ ...pending, form })}
            onSubmit={() => void savePending()}
            onCancel={() => start(null)}
            onReload={onReload}
          />
        ) : (
          <>
            <div className="indicator-head">
              <span className="indicator-label">{label}</span>
              <IndicatorSummary indicator={indicator} />
            </div>
            <ProblemList problems={problems} />
            {editable && (
              <div className="row-actions">
                <button
                  type="button"
                  aria-label={t('editIndicatorLabel', { label })}
                  onClick={() =>
                    start({
                      type: 'indicator',
                      sectionKey: section.key,
                      indicatorKey: indicator.key,
                      form: formFromIndicator(indicator),
                    })
                  }
                  disabled={busy}
                >
                  {t('edit')}
                </button>
                <button
                  type="button"
                  aria-label={t('upIndicatorLabel', { label })}
                  disabled={busy || index === 0}
                  onClick={() =>
                    void perform({
                      type: 'moveIndicator',
                      indicatorKey: indicator.key,
                      sectionKey: section.key,
                      position: index - 1,
                    })
                  }
                >
                  ↑ {t('up')}
                </button>
                <button
                  type="button"
                  aria-label={t('downIndicatorLabel', { label })}
                  disabled={busy || index === section.indicators.length - 1}
                  onClick={() =>
                    void perform({
                      type: 'moveIndicator',
                      indicatorKey: indicator.key,
                      sectionKey: section.key,
                      position: index + 1,
                    })
                  }
                >
                  ↓ {t('down')}
                </button>
                <ConfirmButton
                  label={t('removeIndicatorLabel', { label })}
                  confirmText={t('confirmRemoveIndicator', { label })}
                  disabled={busy}
                  onConfirm={() => void perform({ type: 'removeIndicator', indicatorKey: indicator.key })}
                />
              </div>
            )}
          </>
        )}
      </li>
    );
  };

  const renderSection = (section: ApiSection, index: number) => {
    const title = localized(section.title);
    const headingId = `section-${section.key}`;
    const model = sectionsByKey.get(
      pending?.type === 'section' && pending.sectionKey === section.key ? pending.form.key.trim() : section.key,
    );
    const weighted =
      pending?.type === 'section' && pending.sectionKey === section.key ? pending.form.weighted : section.weighted;
    const sum = model ? sectionWeightSum(model) : 0;
    const editingSection = pending?.type === 'section' && pending.sectionKey === section.key;
    const addingHere =
      pending?.type === 'indicator' && pending.indicatorKey === null && pending.sectionKey === section.key;
    const sectionProblems = problemsFor(null, section.key);
    return (
      <li key={section.key} className="card template-section" aria-labelledby={headingId}>
        <div className="section-head">
          <h2 id={headingId}>{title}</h2>
          <span className="badge">{t(`sectionKind_${section.kind}`)}</span>
          {section.weight !== null && <span className="hint">{t('sectionWeight', { weight: section.weight })}</span>}
        </div>
        {weighted && (
          <p className={`weight-sum${sum === 100 ? ' ok' : ' wrong'}`} aria-live="polite">
            {t('weightSum', { sum })}
          </p>
        )}
        <ProblemList problems={sectionProblems} />
        {editingSection && pending?.type === 'section' ? (
          <SectionFormView
            form={pending.form}
            isNew={false}
            busy={busy}
            refusal={refusal}
            problems={localProblems.filter((p) => p.sectionKey === section.key && !p.indicatorKey)}
            onChange={(form) => setPending({ ...pending, form })}
            onSubmit={() => void savePending()}
            onCancel={() => start(null)}
            onReload={onReload}
          />
        ) : (
          editable && (
            <div className="row-actions">
              <button
                type="button"
                aria-label={t('editSectionLabel', { title })}
                onClick={() => start({ type: 'section', sectionKey: section.key, form: sectionFormOf(section) })}
                disabled={busy}
              >
                {t('edit')}
              </button>
              <button
                type="button"
                aria-label={t('upSectionLabel', { title })}
                disabled={busy || index === 0}
                onClick={() => void perform({ type: 'moveSection', sectionKey: section.key, position: index - 1 })}
              >
                ↑ {t('up')}
              </button>
              <button
                type="button"
                aria-label={t('downSectionLabel', { title })}
                disabled={busy || index === version.sections.length - 1}
                onClick={() => void perform({ type: 'moveSection', sectionKey: section.key, position: index + 1 })}
              >
                ↓ {t('down')}
              </button>
              <ConfirmButton
                label={t('removeSectionLabel', { title })}
                confirmText={t('confirmRemoveSection', { title })}
                disabled={busy}
                onConfirm={() => void perform({ type: 'removeSection', sectionKey: section.key })}
              />
            </div>
          )
        )}
        {section.indicators.length === 0 && !addingHere ? (
          <p className="empty">{t('sectionEmpty')}</p>
        ) : (
          <ol className="indicators">
            {section.indicators.map((indicator, i) => renderIndicator(section, indicator, i))}
          </ol>
        )}
        {addingHere && pending?.type === 'indicator' && (
          <IndicatorFormView
            form={pending.form}
            isNew
            busy={busy}
            refusal={refusal}
            problems={pending.form.key ? (placed.byIndicator.get(pending.form.key.trim()) ?? []) : []}
            onChange={(form) => setPending({ ...pending, form })}
            onSubmit={() => void savePending()}
            onCancel={() => start(null)}
            onReload={onReload}
          />
        )}
        {editable && !addingHere && (
          <button
            type="button"
            aria-label={t('addIndicatorTo', { title })}
            onClick={() =>
              start({ type: 'indicator', sectionKey: section.key, indicatorKey: null, form: emptyIndicatorForm() })
            }
            disabled={busy}
          >
            + {t('addIndicator')}
          </button>
        )}
      </li>
    );
  };

  const addingSection = pending?.type === 'section' && pending.sectionKey === null;
  return (
    <div className="template-editor">
      {editable && (
        <section className="card publish-panel" aria-labelledby="problems-heading">
          <h2 id="problems-heading">{t('problemsHeading')}</h2>
          {shownProblems.length === 0 ? (
            <p className="ok">{t('noProblems')}</p>
          ) : (
            <ProblemList problems={placed.general} />
          )}
          {publishRefusal && (
            <div role="alert" className="error">
              <p>{publishRefusal.message}</p>
              {publishRefusal.code === 'CONFLICT' && (
                <button type="button" onClick={onReload}>
                  {t('reload')}
                </button>
              )}
            </div>
          )}
          <p className="hint">{t('publishConfirm', { number: version.number })}</p>
          <button type="button" className="primary" onClick={() => void publish()} disabled={busy || pending !== null}>
            {busy ? t('publishing') : t('publish')}
          </button>
        </section>
      )}
      <ol className="sections" aria-label={t('sections')}>
        {version.sections.map(renderSection)}
      </ol>
      {addingSection && pending?.type === 'section' ? (
        <div className="card">
          <SectionFormView
            form={pending.form}
            isNew
            busy={busy}
            refusal={refusal}
            problems={localProblems.filter((p) => p.sectionKey === pending.form.key.trim() && !p.indicatorKey)}
            onChange={(form) => setPending({ ...pending, form })}
            onSubmit={() => void savePending()}
            onCancel={() => start(null)}
            onReload={onReload}
          />
        </div>
      ) : (
        editable && (
          <button
            type="button"
            onClick={() => start({ type: 'section', sectionKey: null, form: emptySectionForm() })}
            disabled={busy}
          >
            + {t('addSection')}
          </button>
        )
      )}
      {!pending && refusal && (
        <RefusalAlert refusal={refusal}>
          <ProblemList problems={refusal.problems} />
          {refusal.code === 'CONFLICT' && (
            <button type="button" onClick={onReload}>
              {t('reload')}
            </button>
          )}
        </RefusalAlert>
      )}
      <TemplatePreview form={definition} />
      <ThresholdsForm
        key={`${version.id}-${version.revision}`}
        version={version}
        editable={editable}
        run={run}
        onReload={onReload}
      />
    </div>
  );
}
