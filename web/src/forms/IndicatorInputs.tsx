import {
  RATING_LABELS,
  RATINGS,
  roundScore,
  targetAchievement,
  type AnswerValue,
  type EvidenceAnswer,
  type IndicatorKind,
  type IndicatorOfKind,
} from '@kinerja/shared';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { formMessages } from './messages';
import { formatScore } from '../common/format';

/**
 * Which evaluation a form is for, so each target names what it is scored against: a sub-period's form ("Triwulan I")
 * scores against that sub-period's target (rencana aksi), the annual form against the annual target.
 */
export type TargetScope = { kind: 'periodic'; subPeriodName: string } | { kind: 'annual' };

/** What every per-kind input gets from the form renderer. */
export interface KindInputProps<K extends IndicatorKind> {
  indicator: IndicatorOfKind<K>;
  value: unknown;
  onChange: (value: AnswerValue) => void;
  readOnly: boolean;
  /** Id base for the controls (unique on the page). */
  id: string;
  /** Id of the indicator's legend, which labels single controls. */
  labelId: string;
  /** Ids of the help and error texts. */
  describedBy: string | undefined;
  invalid: boolean;
  /** The evaluation the form is for (targets only); absent in a template preview. */
  targetScope?: TargetScope;
}

const parseNumber = (raw: string): number | null => {
  if (raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
};
const numberText = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** A radio list with one option per value; the shared shape of scale, expectation, yes/no and single choice. */
function RadioList<V extends string | boolean>(props: {
  name: string;
  options: readonly { value: V; label: string }[];
  value: unknown;
  onChange: (value: V) => void;
  readOnly: boolean;
  invalid: boolean;
}) {
  return (
    <div className="choice-list">
      {props.options.map((option) => (
        <label key={String(option.value)} className="choice">
          <input
            type="radio"
            name={props.name}
            value={String(option.value)}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
            disabled={props.readOnly}
            aria-invalid={props.invalid || undefined}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

function ClearButton(props: { show: boolean; onClear: () => void }) {
  const t = useT(formMessages);
  if (!props.show) return null;
  return (
    <button type="button" className="link-button" onClick={props.onClear}>
      {t('clear')}
    </button>
  );
}

export function TargetInput(props: KindInputProps<'target'>) {
  const t = useT(formMessages);
  const { language } = useLanguage();
  const { indicator } = props;
  const realisation =
    typeof props.value === 'object' && props.value !== null
      ? (props.value as { realisation?: unknown }).realisation
      : undefined;
  const achievement = typeof realisation === 'number' ? targetAchievement(indicator, realisation) : null;
  const inputLabelId = `${props.id}-realisation-label`;
  const scope = props.targetScope;
  const values = {
    target: formatScore(indicator.target, language),
    unit: indicator.unit,
    annual: formatScore(indicator.annualTarget, language),
  };
  // In a sub-period's form the target is that sub-period's (rencana aksi), the annual one beside it; in the annual form the year's.
  const scoredAgainst =
    indicator.annualTarget !== undefined
      ? scope?.kind === 'periodic'
        ? t('targetPeriodic', { ...values, subPeriod: scope.subPeriodName })
        : t('targetPeriodicUnnamed', values)
      : scope?.kind === 'annual'
        ? t('targetAnnual', values)
        : t('target', values);
  return (
    <>
      <p className="indicator-meta" id={`${props.id}-meta`}>
        {scoredAgainst}
        {scope?.kind === 'annual' && indicator.annualTarget === undefined && indicator.aggregation && (
          <> · {t(`aggregation.${indicator.aggregation}`)}</>
        )}{' '}
        · {t(indicator.direction === 'lowerIsBetter' ? 'lowerIsBetter' : 'higherIsBetter')} ·{' '}
        {t(`aspect.${indicator.aspect}`)}
      </p>
      <div className="target-row">
        <span id={inputLabelId} className="field-label">
          {t('realisation', { unit: indicator.unit })}
        </span>
        <input
          id={props.id}
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          value={numberText(realisation)}
          onChange={(event) => {
            const next = parseNumber(event.target.value);
            props.onChange(next === null ? null : { realisation: next });
          }}
          readOnly={props.readOnly}
          aria-labelledby={`${props.labelId} ${inputLabelId}`}
          aria-describedby={[`${props.id}-meta`, props.describedBy].filter(Boolean).join(' ')}
          aria-invalid={props.invalid || undefined}
        />
        <output className="achievement" htmlFor={props.id} aria-live="polite">
          {achievement === null
            ? t('achievementNone')
            : t('achievement', { value: formatScore(roundScore(achievement), language) })}
        </output>
      </div>
    </>
  );
}

export function ScaleInput(props: KindInputProps<'scale'>) {
  const localized = useLocalized();
  return (
    <>
      <RadioList
        name={props.id}
        options={props.indicator.levels.map((level) => ({ value: level.value, label: localized(level.label) }))}
        value={props.value}
        onChange={props.onChange}
        readOnly={props.readOnly}
        invalid={props.invalid}
      />
      <ClearButton
        show={!props.readOnly && !props.indicator.required && props.value != null}
        onClear={() => props.onChange(null)}
      />
    </>
  );
}

export function ExpectationInput(props: KindInputProps<'expectation'>) {
  const t = useT(formMessages);
  const localized = useLocalized();
  const guidance = props.indicator.guidance ?? [];
  return (
    <>
      {guidance.length > 0 && (
        <details className="guidance">
          <summary>{t('guidance')}</summary>
          <ul>
            {guidance.map((line, index) => (
              <li key={index}>{localized(line)}</li>
            ))}
          </ul>
        </details>
      )}
      <RadioList
        name={props.id}
        options={RATINGS.map((rating) => ({ value: rating, label: localized(RATING_LABELS[rating]) }))}
        value={props.value}
        onChange={props.onChange}
        readOnly={props.readOnly}
        invalid={props.invalid}
      />
    </>
  );
}

export function NumberInput(props: KindInputProps<'number'>) {
  const t = useT(formMessages);
  const { language } = useLanguage();
  const { min, max, unit, integer } = props.indicator;
  const range =
    min !== undefined && max !== undefined
      ? t('range', { min: formatScore(min, language), max: formatScore(max, language) })
      : min !== undefined
        ? t('rangeMin', { min: formatScore(min, language) })
        : max !== undefined
          ? t('rangeMax', { max: formatScore(max, language) })
          : '';
  return (
    <div className="target-row">
      <input
        id={props.id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        step={integer ? 1 : 'any'}
        min={min}
        max={max}
        value={numberText(props.value)}
        onChange={(event) => props.onChange(parseNumber(event.target.value))}
        readOnly={props.readOnly}
        aria-labelledby={props.labelId}
        aria-describedby={[range ? `${props.id}-range` : '', props.describedBy].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.invalid || undefined}
      />
      {unit && <span className="unit">{unit}</span>}
      {range && (
        <span className="hint" id={`${props.id}-range`}>
          {range}
        </span>
      )}
    </div>
  );
}

export function YesNoInput(props: KindInputProps<'yesNo'>) {
  const t = useT(formMessages);
  return (
    <>
      <RadioList
        name={props.id}
        options={[
          { value: true, label: t('yes') },
          { value: false, label: t('no') },
        ]}
        value={props.value}
        onChange={props.onChange}
        readOnly={props.readOnly}
        invalid={props.invalid}
      />
      <ClearButton
        show={!props.readOnly && !props.indicator.required && props.value != null}
        onClear={() => props.onChange(null)}
      />
    </>
  );
}

export function ChoiceInput(props: KindInputProps<'choice'>) {
  const localized = useLocalized();
  const { indicator } = props;
  if (!indicator.multiple) {
    return (
      <>
        <RadioList
          name={props.id}
          options={indicator.options.map((option) => ({ value: option.value, label: localized(option.label) }))}
          value={props.value}
          onChange={props.onChange}
          readOnly={props.readOnly}
          invalid={props.invalid}
        />
        <ClearButton
          show={!props.readOnly && !indicator.required && props.value != null}
          onClear={() => props.onChange(null)}
        />
      </>
    );
  }
  const selected = Array.isArray(props.value)
    ? (props.value as unknown[]).filter((v): v is string => typeof v === 'string')
    : [];
  const toggle = (value: string, on: boolean) => {
    const next = indicator.options
      .map((option) => option.value)
      .filter((v) => (v === value ? on : selected.includes(v)));
    props.onChange(next.length > 0 ? next : null);
  };
  return (
    <div className="choice-list">
      {indicator.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            name={props.id}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            disabled={props.readOnly}
            aria-invalid={props.invalid || undefined}
          />
          <span>{localized(option.label)}</span>
        </label>
      ))}
    </div>
  );
}

export function TextInput(props: KindInputProps<'text'>) {
  const t = useT(formMessages);
  const value = typeof props.value === 'string' ? props.value : '';
  const { maxLength } = props.indicator;
  return (
    <>
      <textarea
        id={props.id}
        rows={4}
        value={value}
        maxLength={maxLength}
        onChange={(event) => props.onChange(event.target.value === '' ? null : event.target.value)}
        readOnly={props.readOnly}
        aria-labelledby={props.labelId}
        aria-describedby={
          [maxLength ? `${props.id}-count` : '', props.describedBy].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={props.invalid || undefined}
      />
      {maxLength !== undefined && (
        <span className="hint counter" id={`${props.id}-count`}>
          {t('characters', { count: value.length, max: maxLength })}
        </span>
      )}
    </>
  );
}

export function EvidenceInput(props: KindInputProps<'evidence'>) {
  const t = useT(formMessages);
  const evidence: EvidenceAnswer =
    typeof props.value === 'object' && props.value !== null ? (props.value as EvidenceAnswer) : {};
  const update = (change: EvidenceAnswer) => {
    const next: EvidenceAnswer = { ...evidence, ...change };
    const cleaned: EvidenceAnswer = {};
    if (next.url) cleaned.url = next.url;
    if (next.note) cleaned.note = next.note;
    props.onChange(cleaned.url || cleaned.note ? cleaned : null);
  };
  return (
    <div className="evidence">
      <label htmlFor={`${props.id}-url`}>
        {t('evidenceUrl')}
        <input
          id={`${props.id}-url`}
          type="url"
          inputMode="url"
          value={evidence.url ?? ''}
          onChange={(event) => update({ url: event.target.value })}
          readOnly={props.readOnly}
          aria-describedby={props.describedBy}
          aria-invalid={props.invalid || undefined}
        />
      </label>
      {props.readOnly && evidence.url && /^https?:\/\//i.test(evidence.url) && (
        <a href={evidence.url} target="_blank" rel="noreferrer">
          {evidence.url}
        </a>
      )}
      <label htmlFor={`${props.id}-note`}>
        {t('evidenceNote')}
        <textarea
          id={`${props.id}-note`}
          rows={2}
          value={evidence.note ?? ''}
          onChange={(event) => update({ note: event.target.value })}
          readOnly={props.readOnly}
        />
      </label>
    </div>
  );
}
