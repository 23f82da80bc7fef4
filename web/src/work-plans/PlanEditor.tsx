import { useT } from '../i18n/i18n';
import { planMessages } from './messages';
import {
  AGGREGATIONS,
  ASPECTS,
  changePeriodic,
  changeTarget,
  DIRECTIONS,
  emptyResult,
  emptyTarget,
  splitEvenly,
  splitTexts,
  type DraftResult,
  type DraftTarget,
} from './model';

/** A problem to show in place: `path` as the rules and the server name it, e.g. `results.0.targets.1.unit`. */
export interface ShownProblem {
  path: string;
  message: string;
}

interface PlanEditorProps {
  draft: readonly DraftResult[];
  onChange(next: DraftResult[]): void;
  problems: readonly ShownProblem[];
  /** Results of the supervisor's approved plan to link to; null when they cannot be read. */
  parentOptions: readonly { id: string; title: string }[] | null;
  disabled?: boolean;
  /** The period's periodic sub-periods (Triwulan I–IV…), in order: each target is split over them. None: no periodic targets. */
  subPeriods?: readonly { number: number; label: string }[];
}

function Problems({ id, problems }: { id: string; problems: readonly ShownProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems" role="list">
      {problems.map((p, i) => (
        <li key={i} className="error">
          {p.message}
        </li>
      ))}
    </ul>
  );
}

/** The editor of a plan's work results and their targets, with the rules' messages next to each field. */
export function PlanEditor({
  draft,
  onChange,
  problems,
  parentOptions,
  disabled = false,
  subPeriods = [],
}: PlanEditorProps) {
  const t = useT(planMessages);
  const count = subPeriods.length;
  const at = (path: string) => problems.filter((p) => p.path === path);
  const fieldProps = (path: string, id: string) => {
    const here = at(path);
    return {
      id,
      'aria-invalid': here.length > 0 || undefined,
      'aria-describedby': here.length > 0 ? `${id}-problems` : undefined,
    };
  };

  const setResult = (index: number, change: Partial<DraftResult>) =>
    onChange(draft.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const replaceTarget = (index: number, targetIndex: number, next: DraftTarget) =>
    setResult(index, { targets: draft[index]!.targets.map((tg, j) => (j === targetIndex ? next : tg)) });
  const setTarget = (index: number, targetIndex: number, change: Partial<DraftTarget>) =>
    replaceTarget(index, targetIndex, changeTarget(draft[index]!.targets[targetIndex]!, change));
  const move = (index: number, by: number) => {
    const next = [...draft];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };

  return (
    <div className="plan-editor">
      <Problems id="plan-problems" problems={at('results')} />
      {draft.length === 0 && <p className="empty">{t('noResults')}</p>}
      <ol className="plan-results">
        {draft.map((result, r) => {
          const base = `results.${r}`;
          const idBase = `plan-r${r}`;
          const linkedTitle =
            result.parentTitle ?? parentOptions?.find((o) => o.id === result.parentResultId)?.title ?? null;
          return (
            <li key={result.key} className="card plan-result">
              <fieldset disabled={disabled}>
                <legend>
                  <h3>{t('resultN', { n: r + 1 })}</h3>
                </legend>
                <div className="plan-row">
                  <label htmlFor={`${idBase}-kind`}>
                    {t('kind')}
                    <select
                      id={`${idBase}-kind`}
                      value={result.kind}
                      onChange={(e) => setResult(r, { kind: e.target.value as DraftResult['kind'] })}
                    >
                      <option value="MAIN">{t('kind.MAIN')}</option>
                      <option value="ADDITIONAL">{t('kind.ADDITIONAL')}</option>
                    </select>
                  </label>
                  <label htmlFor={`${idBase}-title`} className="grow">
                    {t('title')}
                    <textarea
                      {...fieldProps(`${base}.title`, `${idBase}-title`)}
                      rows={2}
                      value={result.title}
                      onChange={(e) => setResult(r, { title: e.target.value })}
                    />
                  </label>
                </div>
                <Problems id={`${idBase}-title-problems`} problems={at(`${base}.title`)} />
                {parentOptions && parentOptions.length > 0 ? (
                  <label htmlFor={`${idBase}-parent`}>
                    {t('parent')}
                    <select
                      {...fieldProps(`${base}.parentResultId`, `${idBase}-parent`)}
                      value={result.parentResultId ?? ''}
                      onChange={(e) => {
                        const id = e.target.value || null;
                        setResult(r, {
                          parentResultId: id,
                          parentTitle: parentOptions.find((o) => o.id === id)?.title ?? null,
                        });
                      }}
                    >
                      <option value="">{t('parentNone')}</option>
                      {parentOptions.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.title}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  linkedTitle && <p className="hint">{t('parentLinked', { title: linkedTitle })}</p>
                )}
                <Problems id={`${idBase}-parent-problems`} problems={at(`${base}.parentResultId`)} />

                <h4>{t('targets')}</h4>
                <Problems id={`${idBase}-targets-problems`} problems={at(`${base}.targets`)} />
                <ol className="plan-targets">
                  {result.targets.map((target, i) => {
                    const tPath = `${base}.targets.${i}`;
                    const tId = `${idBase}-t${i}`;
                    return (
                      <li
                        key={target.key}
                        className="plan-target"
                        aria-label={t('targetN', { n: `${r + 1}.${i + 1}` })}
                      >
                        <div className="plan-target-grid">
                          <label htmlFor={`${tId}-label`} className="span-2">
                            {t('label')}
                            <input
                              {...fieldProps(`${tPath}.label`, `${tId}-label`)}
                              value={target.label}
                              onChange={(e) => setTarget(r, i, { label: e.target.value })}
                            />
                          </label>
                          <label htmlFor={`${tId}-aspect`}>
                            {t('aspect')}
                            <select
                              id={`${tId}-aspect`}
                              value={target.aspect}
                              onChange={(e) => setTarget(r, i, { aspect: e.target.value as DraftTarget['aspect'] })}
                            >
                              {ASPECTS.map((a) => (
                                <option key={a} value={a}>
                                  {t(`aspect.${a}`)}
                                </option>
                              ))}
                            </select>
                          </label>
                          <label htmlFor={`${tId}-target`}>
                            {t('target')}
                            <input
                              {...fieldProps(`${tPath}.target`, `${tId}-target`)}
                              inputMode="decimal"
                              value={target.target}
                              onChange={(e) => setTarget(r, i, { target: e.target.value })}
                            />
                          </label>
                          <label htmlFor={`${tId}-unit`}>
                            {t('unit')}
                            <input
                              {...fieldProps(`${tPath}.unit`, `${tId}-unit`)}
                              value={target.unit}
                              onChange={(e) => setTarget(r, i, { unit: e.target.value })}
                            />
                          </label>
                          <label htmlFor={`${tId}-direction`}>
                            {t('direction')}
                            <select
                              id={`${tId}-direction`}
                              value={target.direction}
                              onChange={(e) =>
                                setTarget(r, i, { direction: e.target.value as DraftTarget['direction'] })
                              }
                            >
                              {DIRECTIONS.map((d) => (
                                <option key={d} value={d}>
                                  {t(`direction.${d}`)}
                                </option>
                              ))}
                            </select>
                          </label>
                        </div>
                        <Problems id={`${tId}-label-problems`} problems={at(`${tPath}.label`)} />
                        <Problems id={`${tId}-target-problems`} problems={at(`${tPath}.target`)} />
                        <Problems id={`${tId}-unit-problems`} problems={at(`${tPath}.unit`)} />
                        <Problems id={`${tId}-problems`} problems={at(tPath)} />
                        {count > 0 && (
                          <PeriodicTargets
                            target={target}
                            path={tPath}
                            id={tId}
                            n={`${r + 1}.${i + 1}`}
                            subPeriods={subPeriods}
                            at={at}
                            fieldProps={fieldProps}
                            onChange={(next) => replaceTarget(r, i, next)}
                          />
                        )}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setResult(r, { targets: result.targets.filter((_, j) => j !== i) })}
                        >
                          {t('removeTarget', { n: `${r + 1}.${i + 1}` })}
                        </button>
                      </li>
                    );
                  })}
                </ol>
                <div className="plan-actions">
                  <button
                    type="button"
                    onClick={() => setResult(r, { targets: [...result.targets, emptyTarget(count)] })}
                  >
                    {t('addTarget')}
                  </button>
                  <button type="button" disabled={r === 0} onClick={() => move(r, -1)}>
                    {t('moveUp', { n: r + 1 })}
                  </button>
                  <button type="button" disabled={r === draft.length - 1} onClick={() => move(r, 1)}>
                    {t('moveDown', { n: r + 1 })}
                  </button>
                  <button type="button" className="danger" onClick={() => onChange(draft.filter((_, j) => j !== r))}>
                    {t('removeResult', { n: r + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!disabled && (
        <div className="plan-actions">
          <button type="button" onClick={() => onChange([...draft, emptyResult('MAIN', count)])}>
            {t('addMain')}
          </button>
          <button type="button" onClick={() => onChange([...draft, emptyResult('ADDITIONAL', count)])}>
            {t('addAdditional')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The periodic targets (rencana aksi) of one target: one field per sub-period, the aggregation that makes the
 * annual target of them, "Bagi rata" (the shared default split), and the offer to split again after the annual
 * target or the aggregation changed. The shared rules' problems show at the field they name.
 */
function PeriodicTargets(props: {
  target: DraftTarget;
  path: string;
  id: string;
  n: string;
  subPeriods: readonly { number: number; label: string }[];
  at(path: string): ShownProblem[];
  fieldProps(
    path: string,
    id: string,
  ): { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  onChange(next: DraftTarget): void;
}) {
  const t = useT(planMessages);
  const { target, path, id, subPeriods, at } = props;
  const split = splitTexts(target.target, target.aggregation, subPeriods.length);
  const groupProblems = [...at(`${path}.periodicTargets`), ...at(`${path}.aggregation`)];
  const hintId = `${id}-aggregation-hint`;
  return (
    <fieldset className="periodic" aria-describedby={groupProblems.length > 0 ? `${id}-periodic-problems` : undefined}>
      <legend>{t('periodic')}</legend>
      <div className="periodic-controls">
        <label htmlFor={`${id}-aggregation`}>
          {t('aggregation')}
          <select
            id={`${id}-aggregation`}
            aria-describedby={hintId}
            value={target.aggregation}
            onChange={(e) =>
              props.onChange(changeTarget(target, { aggregation: e.target.value as DraftTarget['aggregation'] }))
            }
          >
            {AGGREGATIONS.map((a) => (
              <option key={a} value={a}>
                {t(`aggregation.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!split}
          aria-label={t('splitEvenlyN', { n: props.n })}
          onClick={() => props.onChange(splitEvenly(target))}
        >
          {t('splitEvenly')}
        </button>
      </div>
      <p className="hint" id={hintId}>
        {t(`aggregationHint.${target.aggregation}`)}
      </p>
      <div className="periodic-grid">
        {subPeriods.map((sub, k) => {
          const fieldPath = `${path}.periodicTargets.${k}.target`;
          const fieldId = `${id}-p${sub.number}`;
          return (
            <div key={sub.number} className="periodic-cell">
              <label htmlFor={fieldId}>
                {sub.label}
                <input
                  {...props.fieldProps(fieldPath, fieldId)}
                  inputMode="decimal"
                  value={target.periodic[k] ?? ''}
                  onChange={(e) => props.onChange(changePeriodic(target, k, e.target.value))}
                />
              </label>
              <Problems id={`${fieldId}-problems`} problems={at(fieldPath)} />
            </div>
          );
        })}
      </div>
      {target.resplitOffered && split && (
        <div className="resplit-offer" role="status">
          <p>
            {t('resplitOffer', { annual: target.target.trim(), unit: target.unit.trim(), split: split.join(' · ') })}
          </p>
          <div className="plan-actions">
            <button type="button" className="primary" onClick={() => props.onChange(splitEvenly(target))}>
              {t('resplit')}
            </button>
            <button type="button" onClick={() => props.onChange({ ...target, resplitOffered: false })}>
              {t('keepPeriodic')}
            </button>
          </div>
        </div>
      )}
      <Problems id={`${id}-periodic-problems`} problems={groupProblems} />
    </fieldset>
  );
}
