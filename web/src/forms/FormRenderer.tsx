import {
  validateAnswers,
  visibilityOf,
  type AnswerSet,
  type AnswerValue,
  type Indicator,
  type IndicatorKind,
  type TemplateDefinition,
} from '@kinerja/shared';
import { useId, useMemo, type ComponentType } from 'react';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import {
  ChoiceInput,
  EvidenceInput,
  ExpectationInput,
  NumberInput,
  ScaleInput,
  TargetInput,
  TextInput,
  YesNoInput,
  type KindInputProps,
  type TargetScope,
} from './IndicatorInputs';

export type { TargetScope } from './IndicatorInputs';
import { formMessages } from './messages';
import './forms.css';
import { formatScore } from '../common/format';

/**
 * Renders an assessment form (or a template preview) from the shared rules model.
 *
 * Props (kept stable: the assessment page and the template designer's live preview both use them):
 * - `form`      the definition to render (`definitionFromApi(sections, thresholds)` for API data).
 * - `answers`   the current answers keyed by indicator key (the caller owns this state).
 * - `onChange`  `(indicatorKey, value)` on every edit; `null` means "cleared". The caller stores it.
 * - `readOnly`  shows the answers without editing (submitted assessments).
 * - `problems`  extra messages by indicator key, already in the user's language, e.g. the server's
 *               `extensions.problems` or a full (non-partial) validation before submitting.
 * - `idPrefix`  optional prefix for element ids when two forms share a page.
 * - `targetScope` optional: the evaluation the form is for, so each target says what it is scored against —
 *               `{ kind: 'periodic', subPeriodName: 'Triwulan I' }` ("Target Triwulan I: 3 dokumen (tahunan 12)")
 *               or `{ kind: 'annual' }` ("Target tahunan: 12 dokumen"); absent: "Target: 12 dokumen".
 *
 * Hidden indicators (their `visibleWhen` does not hold) are not shown; required ones carry a marker;
 * invalid answers are marked in place with `validateAnswers(form, answers, { partial: true })`.
 */
export interface FormRendererProps {
  form: TemplateDefinition;
  answers: AnswerSet;
  onChange: (indicatorKey: string, value: AnswerValue) => void;
  readOnly?: boolean;
  problems?: Readonly<Record<string, readonly string[]>>;
  idPrefix?: string;
  targetScope?: TargetScope;
}

export function FormRenderer({
  form,
  answers,
  onChange,
  readOnly = false,
  problems,
  idPrefix,
  targetScope,
}: FormRendererProps) {
  const t = useT(formMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const generated = useId();
  const prefix = idPrefix ?? `form${generated.replace(/[^a-zA-Z0-9]/g, '')}`;
  const visibility = useMemo(() => visibilityOf(form, answers), [form, answers]);
  const localProblems = useMemo(() => {
    const byKey = new Map<string, string[]>();
    for (const problem of validateAnswers(form, answers, { partial: true })) {
      if (!problem.indicatorKey) continue;
      byKey.set(problem.indicatorKey, [...(byKey.get(problem.indicatorKey) ?? []), localized(problem.message)]);
    }
    return byKey;
  }, [form, answers, localized]);

  if (form.sections.length === 0) return <p className="empty">{t('noSections')}</p>;

  return (
    <div className="form-renderer">
      {form.sections.map((section) => {
        const shown = section.indicators.filter((indicator) => visibility.get(indicator.key) !== false);
        const headingId = `${prefix}-section-${section.key}`;
        return (
          <section key={section.key} className="form-section" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {localized(section.title)}
              {typeof section.weight === 'number' && (
                <span className="badge">{t('weight', { weight: `${formatScore(section.weight, language)} %` })}</span>
              )}
            </h2>
            {section.description && <p className="hint">{localized(section.description)}</p>}
            {shown.map((indicator) => {
              const messages = [
                ...new Set([...(localProblems.get(indicator.key) ?? []), ...(problems?.[indicator.key] ?? [])]),
              ];
              return (
                <IndicatorField
                  key={indicator.key}
                  indicator={indicator}
                  value={answers[indicator.key] ?? null}
                  onChange={(value) => onChange(indicator.key, value)}
                  readOnly={readOnly}
                  id={`${prefix}-${indicator.key}`}
                  messages={messages}
                  targetScope={targetScope}
                />
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

function IndicatorField(props: {
  indicator: Indicator;
  value: unknown;
  onChange: (value: AnswerValue) => void;
  readOnly: boolean;
  id: string;
  messages: readonly string[];
  targetScope: TargetScope | undefined;
}) {
  const t = useT(formMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { indicator, id, messages } = props;
  const labelId = `${id}-label`;
  const helpId = indicator.help ? `${id}-help` : '';
  const errorId = messages.length > 0 ? `${id}-error` : '';
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = messages.length > 0;
  const common = {
    value: props.value,
    onChange: props.onChange,
    readOnly: props.readOnly,
    id: `${id}-input`,
    labelId,
    describedBy,
    invalid,
    targetScope: props.targetScope,
  };
  return (
    <fieldset
      className={`indicator${invalid ? ' invalid' : ''}`}
      data-indicator={indicator.key}
      aria-describedby={describedBy}
    >
      <legend id={labelId}>
        {localized(indicator.label)}
        {indicator.required && (
          <>
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
            <span className="visually-hidden"> ({t('required')})</span>
          </>
        )}
        {typeof indicator.weight === 'number' && (
          <span className="badge">{t('weight', { weight: formatScore(indicator.weight, language) })}</span>
        )}
      </legend>
      {indicator.help && (
        <p className="hint" id={helpId}>
          {localized(indicator.help)}
        </p>
      )}
      <KindInput indicator={indicator} {...common} />
      {messages.length > 0 && (
        <ul className="field-error" id={errorId}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The input of each indicator kind: a record the compiler keeps complete when a kind is added. */
const KIND_INPUTS: { readonly [K in IndicatorKind]: ComponentType<KindInputProps<K>> } = {
  target: TargetInput,
  scale: ScaleInput,
  expectation: ExpectationInput,
  number: NumberInput,
  yesNo: YesNoInput,
  choice: ChoiceInput,
  text: TextInput,
  evidence: EvidenceInput,
};

function KindInput(props: Omit<KindInputProps<Indicator['kind']>, 'indicator'> & { indicator: Indicator }) {
  const Input = (KIND_INPUTS as Partial<Record<string, ComponentType<KindInputProps<IndicatorKind>>>>)[
    props.indicator.kind
  ];
  return Input ? <Input {...props} /> : null;
}
