import { useId, type FormEvent } from 'react';
import type { SectionKind } from '../gql/graphql';
import { useT } from '../i18n/i18n';
import type { Refusal } from '../common/refusal';
import { Check, Field } from './IndicatorFormView';
import { templateMessages } from './messages';
import { SECTION_KINDS, type ApiProblem, type SectionForm } from './model';
import { ProblemList } from './ProblemList';
import { RefusalAlert } from '../common/RefusalAlert';

export function SectionFormView(props: {
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
