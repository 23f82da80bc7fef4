import { useT } from '../i18n/i18n';
import { templateMessages } from './messages';
import { defaultAggregationFor, type ApiIndicator } from './model';

export function IndicatorSummary({ indicator }: { indicator: ApiIndicator }) {
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
