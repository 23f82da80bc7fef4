import { useLocalized, useT } from '../i18n/i18n';
import { ConfirmButton } from './ConfirmButton';
import { problemsFor, type DraftSession } from './draft-session';
import { IndicatorFormView } from './IndicatorFormView';
import { IndicatorSummary } from './IndicatorSummary';
import { templateMessages } from './messages';
import { formFromIndicator, type ApiIndicator, type ApiSection } from './model';
import { ProblemList } from './ProblemList';

/** One indicator of a section: its summary and problems, its edit, move and remove buttons, or its form while edited. */
export function IndicatorItem({
  session,
  section,
  indicator,
  index,
}: {
  session: DraftSession;
  section: ApiSection;
  indicator: ApiIndicator;
  index: number;
}) {
  const t = useT(templateMessages);
  const localized = useLocalized();
  const { editable, busy, pending, refusal, placed, setPending, start, perform, savePending, onReload } = session;
  const label = localized(indicator.label);
  const editing = pending?.type === 'indicator' && pending.indicatorKey === indicator.key;
  const problems = problemsFor(placed, indicator.key, section.key);
  return (
    <li className={`indicator${problems.length > 0 ? ' has-problems' : ''}`} aria-label={label}>
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
}
