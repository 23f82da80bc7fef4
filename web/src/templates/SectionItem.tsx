import { useLocalized, useT } from '../i18n/i18n';
import { ConfirmButton } from './ConfirmButton';
import { problemsFor, type DraftSession } from './draft-session';
import { IndicatorFormView } from './IndicatorFormView';
import { IndicatorItem } from './IndicatorItem';
import { templateMessages } from './messages';
import { emptyIndicatorForm, sectionFormOf, sectionWeightSum, type ApiSection } from './model';
import type { definitionOf } from './model';
import { ProblemList } from './ProblemList';
import { SectionFormView } from './SectionFormView';

/** One section of the version: heading, weight sum, problems, its buttons or form, and its indicators. */
export function SectionItem({
  session,
  section,
  index,
  sectionCount,
  sectionsByKey,
}: {
  session: DraftSession;
  section: ApiSection;
  index: number;
  sectionCount: number;
  /** The sections of the draft as edited (the pending form laid over it), by key. */
  sectionsByKey: ReadonlyMap<string, ReturnType<typeof definitionOf>['sections'][number]>;
}) {
  const t = useT(templateMessages);
  const localized = useLocalized();
  const { editable, busy, pending, refusal, localProblems, placed, setPending, start, perform, savePending, onReload } =
    session;
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
  const sectionProblems = problemsFor(placed, null, section.key);
  return (
    <li className="card template-section" aria-labelledby={headingId}>
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
              disabled={busy || index === sectionCount - 1}
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
          {section.indicators.map((indicator, i) => (
            <IndicatorItem key={indicator.key} session={session} section={section} indicator={indicator} index={i} />
          ))}
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
}
