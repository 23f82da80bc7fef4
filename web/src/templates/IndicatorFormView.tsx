import { useId, type FormEvent, type ReactNode } from 'react';
import type { IndicatorKind } from '../gql/graphql';
import { useT } from '../i18n/i18n';
import type { Refusal } from '../common/refusal';
import { templateMessages } from './messages';
import {
  defaultAggregationFor,
  emptyIndicatorForm,
  INDICATOR_KINDS,
  TARGET_AGGREGATIONS,
  TARGET_ASPECTS,
  TARGET_DIRECTIONS,
  type ApiProblem,
  type IndicatorForm,
  type ItemFields,
  type TextFields,
} from './model';
import { ProblemList } from './ProblemList';
import { RefusalAlert } from '../common/RefusalAlert';

export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <span className="hint">{hint}</span>}
    </div>
  );
}

export function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(value: boolean): void;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

function ItemsEditor(props: {
  legend: string;
  itemName: (n: number) => string;
  items: ItemFields[];
  addLabel: string;
  onChange(items: ItemFields[]): void;
}) {
  const t = useT(templateMessages);
  const set = (index: number, patch: Partial<ItemFields>) =>
    props.onChange(props.items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="items">
      <legend>{props.legend}</legend>
      {props.items.map((item, index) => (
        <fieldset key={index} className="item-row">
          <legend>{props.itemName(index + 1)}</legend>
          <Field label={t('itemValue')}>
            {(id) => <input id={id} value={item.value} onChange={(e) => set(index, { value: e.target.value })} />}
          </Field>
          <Field label={t('itemLabelId')}>
            {(id) => <input id={id} value={item.labelId} onChange={(e) => set(index, { labelId: e.target.value })} />}
          </Field>
          <Field label={t('itemLabelEn')}>
            {(id) => <input id={id} value={item.labelEn} onChange={(e) => set(index, { labelEn: e.target.value })} />}
          </Field>
          <Field label={t('itemScore')}>
            {(id) => (
              <input
                id={id}
                inputMode="decimal"
                value={item.score}
                onChange={(e) => set(index, { score: e.target.value })}
              />
            )}
          </Field>
          <button type="button" onClick={() => props.onChange(props.items.filter((_, i) => i !== index))}>
            {t('removeItem', { name: props.itemName(index + 1) })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => props.onChange([...props.items, { value: '', labelId: '', labelEn: '', score: '' }])}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}

function GuidanceEditor({ guidance, onChange }: { guidance: TextFields[]; onChange(value: TextFields[]): void }) {
  const t = useT(templateMessages);
  const set = (index: number, patch: Partial<TextFields>) =>
    onChange(guidance.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  return (
    <fieldset className="items">
      <legend>{t('guidance')}</legend>
      {guidance.map((g, index) => (
        <fieldset key={index} className="item-row">
          <legend>{t('guidanceN', { n: index + 1 })}</legend>
          <Field label={t('itemLabelId')}>
            {(id) => <textarea id={id} value={g.id} onChange={(e) => set(index, { id: e.target.value })} />}
          </Field>
          <Field label={t('itemLabelEn')}>
            {(id) => <textarea id={id} value={g.en} onChange={(e) => set(index, { en: e.target.value })} />}
          </Field>
          <button type="button" onClick={() => onChange(guidance.filter((_, i) => i !== index))}>
            {t('removeItem', { name: t('guidanceN', { n: index + 1 }) })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...guidance, { id: '', en: '' }])}>
        {t('addGuidance')}
      </button>
    </fieldset>
  );
}

/** The indicator form with the fields of its kind; the parent keeps its state so nothing typed is lost. */
export function IndicatorFormView(props: {
  form: IndicatorForm;
  isNew: boolean;
  busy: boolean;
  refusal: Refusal | null;
  problems: readonly ApiProblem[];
  onChange(form: IndicatorForm): void;
  onSubmit(): void;
  onCancel(): void;
  onReload?: () => void;
}) {
  const t = useT(templateMessages);
  const { form } = props;
  const set = (patch: Partial<IndicatorForm>) => props.onChange({ ...form, ...patch });
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  /** A new aspect brings its default aggregation, unless another one was chosen. */
  const changeAspect = (aspect: IndicatorForm['aspect']) =>
    set({
      aspect,
      aggregation:
        form.aggregation === defaultAggregationFor(form.aspect) ? defaultAggregationFor(aspect) : form.aggregation,
    });
  const changeKind = (kind: IndicatorKind) => {
    const fresh = emptyIndicatorForm(kind);
    props.onChange({
      ...fresh,
      key: form.key,
      lineageKey: form.lineageKey,
      label: form.label,
      help: form.help,
      required: form.required,
      weight: form.weight,
      visibleWhen: form.visibleWhen,
    });
  };
  return (
    <form className="editor-form" aria-labelledby={headingId} onSubmit={submit}>
      <h4 id={headingId}>
        {props.isNew ? t('newIndicatorTitle') : `${t('indicatorFormTitle')}: ${form.label.id || form.key}`}
      </h4>
      <div className="form-grid">
        <Field label={t('fieldKind')}>
          {(id) => (
            <select id={id} value={form.kind} onChange={(e) => changeKind(e.target.value as IndicatorKind)} autoFocus>
              {INDICATOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind_${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fieldKey')}>
          {(id) => (
            <input
              id={id}
              value={form.key}
              onChange={(e) => set({ key: e.target.value })}
              required
              pattern="[a-z][a-z0-9_]*"
            />
          )}
        </Field>
        <Field label={t('fieldLabelId')}>
          {(id) => (
            <textarea
              id={id}
              value={form.label.id}
              onChange={(e) => set({ label: { ...form.label, id: e.target.value } })}
              required
            />
          )}
        </Field>
        <Field label={t('fieldLabelEn')}>
          {(id) => (
            <textarea
              id={id}
              value={form.label.en}
              onChange={(e) => set({ label: { ...form.label, en: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('fieldHelpId')}>
          {(id) => (
            <textarea
              id={id}
              value={form.help.id}
              onChange={(e) => set({ help: { ...form.help, id: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('fieldHelpEn')}>
          {(id) => (
            <textarea
              id={id}
              value={form.help.en}
              onChange={(e) => set({ help: { ...form.help, en: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('fieldWeight')}>
          {(id) => (
            <input id={id} inputMode="decimal" value={form.weight} onChange={(e) => set({ weight: e.target.value })} />
          )}
        </Field>
        <Check label={t('fieldRequired')} checked={form.required} onChange={(required) => set({ required })} />
      </div>
      {form.kind === 'TARGET' && (
        <div className="form-grid">
          <Field label={t('fieldAspect')}>
            {(id) => (
              <select
                id={id}
                value={form.aspect}
                onChange={(e) => changeAspect(e.target.value as IndicatorForm['aspect'])}
              >
                {TARGET_ASPECTS.map((aspect) => (
                  <option key={aspect} value={aspect}>
                    {t(`aspect_${aspect}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('fieldTarget')}>
            {(id) => (
              <input
                id={id}
                inputMode="decimal"
                value={form.target}
                onChange={(e) => set({ target: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('fieldUnit')}>
            {(id) => <input id={id} value={form.unit} onChange={(e) => set({ unit: e.target.value })} />}
          </Field>
          <Field label={t('fieldDirection')}>
            {(id) => (
              <select
                id={id}
                value={form.direction}
                onChange={(e) => set({ direction: e.target.value as IndicatorForm['direction'] })}
              >
                {TARGET_DIRECTIONS.map((direction) => (
                  <option key={direction} value={direction}>
                    {t(`direction_${direction}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('fieldAggregation')} hint={t(`aggregationHint_${form.aggregation}`)}>
            {(id) => (
              <select
                id={id}
                value={form.aggregation}
                onChange={(e) =>
                  set({ aggregation: e.target.value as IndicatorForm['aggregation'], aggregationSet: true })
                }
              >
                {TARGET_AGGREGATIONS.map((aggregation) => (
                  <option key={aggregation} value={aggregation}>
                    {t(`aggregation_${aggregation}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {form.kind === 'SCALE' && (
        <ItemsEditor
          legend={t('levels')}
          itemName={(n) => t('levelN', { n })}
          items={form.levels}
          addLabel={t('addLevel')}
          onChange={(levels) => set({ levels })}
        />
      )}
      {form.kind === 'CHOICE' && (
        <>
          <Check label={t('fieldMultiple')} checked={form.multiple} onChange={(multiple) => set({ multiple })} />
          <ItemsEditor
            legend={t('options')}
            itemName={(n) => t('optionN', { n })}
            items={form.options}
            addLabel={t('addOption')}
            onChange={(options) => set({ options })}
          />
        </>
      )}
      {form.kind === 'NUMBER' && (
        <div className="form-grid">
          <Field label={t('fieldMin')}>
            {(id) => (
              <input id={id} inputMode="decimal" value={form.min} onChange={(e) => set({ min: e.target.value })} />
            )}
          </Field>
          <Field label={t('fieldMax')}>
            {(id) => (
              <input id={id} inputMode="decimal" value={form.max} onChange={(e) => set({ max: e.target.value })} />
            )}
          </Field>
          <Field label={t('fieldUnit')}>
            {(id) => <input id={id} value={form.unit} onChange={(e) => set({ unit: e.target.value })} />}
          </Field>
          <Check label={t('fieldInteger')} checked={form.integer} onChange={(integer) => set({ integer })} />
        </div>
      )}
      {form.kind === 'TEXT' && (
        <div className="form-grid">
          <Field label={t('fieldMaxLength')}>
            {(id) => (
              <input
                id={id}
                inputMode="numeric"
                value={form.maxLength}
                onChange={(e) => set({ maxLength: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      {form.kind === 'EXPECTATION' && (
        <GuidanceEditor guidance={form.guidance} onChange={(guidance) => set({ guidance })} />
      )}
      {form.visibleWhen && (
        <p className="hint">
          {t('visibleWhenKept', {
            key: form.visibleWhen.indicatorKey,
            operator: form.visibleWhen.operator,
            value: JSON.stringify(form.visibleWhen.value),
          })}
        </p>
      )}
      <ProblemList problems={props.problems} label={t('instantCheck')} />
      {props.refusal && (
        <RefusalAlert refusal={props.refusal}>
          <ProblemList problems={props.refusal.problems} />
          {props.refusal.code === 'CONFLICT' && props.onReload && (
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
