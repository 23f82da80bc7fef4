import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { MyPlanFieldsFragment } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { common } from '../i18n/messages';
import { planMessages } from './messages';
import { RealisationForm } from './RealisationForm';
import { formatScore } from '../common/format';
import { periodicSubPeriods, todayIso } from '../common/periods';
import { currentSubPeriod } from '@kinerja/shared';
import { RecordMyRealisationDocument } from './operations';
import type { SubPeriodRow } from './sub-period-rows';

export function Realisation(props: {
  results: MyPlanFieldsFragment['results'] | NonNullable<MyPlanFieldsFragment['previous']>['results'];
  subPeriods: readonly SubPeriodRow[];
}) {
  const t = useT(planMessages);
  const { language } = useLanguage();
  const [subPeriodId, setSubPeriodId] = useState(() => currentSubPeriod(props.subPeriods, todayIso())?.id ?? '');
  const [record] = useMutation(RecordMyRealisationDocument);
  const tc = useT(common);
  // The target of the chosen sub-period, when it is a periodic one (the annual one is measured against the annual target).
  const chosen = props.subPeriods.find((s) => s.id === subPeriodId);
  const selected = chosen && chosen.kind !== 'ANNUAL' ? periodicSubPeriods([chosen], language)[0] : undefined;
  const periodicTarget = (target: { periodicTargets: readonly { number: number; target: number }[] }) =>
    selected ? target.periodicTargets.find((p) => p.number === selected.number)?.target : undefined;
  return (
    <section aria-labelledby="realisation-heading" className="realisation">
      <h3 id="realisation-heading">{t('realisation')}</h3>
      <p>{t('realisationIntro')}</p>
      <label htmlFor="realisation-sub-period" className="narrow">
        {t('subPeriod')}
        <select id="realisation-sub-period" value={subPeriodId} onChange={(e) => setSubPeriodId(e.target.value)}>
          {props.subPeriods.map((s) => (
            <option key={s.id} value={s.id}>
              {language === 'id' ? s.name : s.nameEn}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('realisationUnreadable')}</p>
      {props.results.map((result) => (
        <article key={result.id} className="card">
          <h4>
            {result.title} <span className="badge">{t(`kind.${result.kind}`)}</span>
          </h4>
          {result.targets.map((target) => (
            <div key={target.id} className="realisation-target">
              <h5>{target.label}</h5>
              <p className="hint">
                {periodicTarget(target) !== undefined && selected
                  ? t('targetLinePeriodic', {
                      subPeriod: selected.label,
                      target: formatScore(periodicTarget(target), language),
                      unit: target.unit,
                      annual: formatScore(target.target, language),
                      aspect: t(`aspect.${target.aspect}`),
                      direction: t(`direction.${target.direction}`),
                    })
                  : t('targetLine', {
                      target: target.target,
                      unit: target.unit,
                      aspect: t(`aspect.${target.aspect}`),
                      direction: t(`direction.${target.direction}`),
                    })}
              </p>
              <RealisationForm
                key={`${target.id}:${subPeriodId}`}
                targetId={target.id}
                unit={target.unit}
                onRecord={async (values) => {
                  const result = await record({
                    variables: { input: { targetId: target.id, subPeriodId, ...values } },
                  });
                  const stored = result.data?.recordRealisation.realisation;
                  if (!stored) throw new Error(tc('state.error'));
                  return { value: stored.value, recordedAt: stored.recordedAt };
                }}
              />
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
