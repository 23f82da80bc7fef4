import type { TemplateVersionDiffQuery } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { templateMessages } from './messages';

export type ApiDiff = TemplateVersionDiffQuery['templateVersionDiff'];
type FieldChange = ApiDiff['ratingThresholds'][number];

function isLocalized(value: unknown): value is { id: string; en: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { id?: unknown }).id === 'string' &&
    Object.keys(value).every((k) => k === 'id' || k === 'en')
  );
}

/** A field value of a diff as a short text: bilingual texts in the current language, lists and objects as JSON. */
function formatValue(value: unknown, language: 'id' | 'en'): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (isLocalized(value)) return (language === 'en' && value.en) || value.id;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function ChangesTable({ changes, caption }: { changes: readonly FieldChange[]; caption: string }) {
  const t = useT(templateMessages);
  const { language } = useLanguage();
  const show = (value: unknown) => formatValue(value, language) ?? t('empty_value');
  return (
    <div className="diff-table-wrap">
      <table className="diff-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diffField')}</th>
            <th scope="col">{t('diffBefore')}</th>
            <th scope="col">{t('diffAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">
                <code>{change.field}</code>
              </th>
              <td className="diff-before">
                <del>{show(change.before)}</del>
              </td>
              <td className="diff-after">
                <ins>{show(change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What changed between two versions of a template, as the server computed it. */
export function DiffView({ diff, fromNumber, toNumber }: { diff: ApiDiff; fromNumber: number; toNumber: number }) {
  const t = useT(templateMessages);
  const localized = useLocalized();
  const { sections, indicators } = diff;
  return (
    <section className="diff" aria-labelledby="diff-heading">
      <h3 id="diff-heading">{t('diffHeading', { from: fromNumber, to: toNumber })}</h3>
      {diff.identical && <p>{t('diffIdentical')}</p>}
      {diff.reordered && <p>{t('diffReordered')}</p>}
      {sections.added.length > 0 && (
        <>
          <h4>{t('diffSectionsAdded')}</h4>
          <ul className="diff-list diff-added">
            {sections.added.map((s) => (
              <li key={s.key}>
                <ins>{localized(s.title)}</ins> <code>{s.key}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {sections.removed.length > 0 && (
        <>
          <h4>{t('diffSectionsRemoved')}</h4>
          <ul className="diff-list diff-removed">
            {sections.removed.map((s) => (
              <li key={s.key}>
                <del>{localized(s.title)}</del> <code>{s.key}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {sections.changed.length > 0 && (
        <>
          <h4>{t('diffSectionsChanged')}</h4>
          <ul className="diff-list">
            {sections.changed.map((s) => (
              <li key={s.key}>
                <strong>{localized(s.title)}</strong>
                <ChangesTable changes={s.changes} caption={localized(s.title)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {indicators.added.length > 0 && (
        <>
          <h4>{t('diffAdded')}</h4>
          <ul className="diff-list diff-added">
            {indicators.added.map((i) => (
              <li key={i.lineageKey}>
                <ins>{localized(i.label)}</ins>{' '}
                <span className="hint">{t('diffInSection', { section: i.sectionKey })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {indicators.removed.length > 0 && (
        <>
          <h4>{t('diffRemoved')}</h4>
          <ul className="diff-list diff-removed">
            {indicators.removed.map((i) => (
              <li key={i.lineageKey}>
                <del>{localized(i.label)}</del>{' '}
                <span className="hint">{t('diffInSection', { section: i.sectionKey })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {indicators.changed.length > 0 && (
        <>
          <h4>{t('diffChanged')}</h4>
          <ul className="diff-list">
            {indicators.changed.map((i) => (
              <li key={i.lineageKey}>
                <strong>{localized(i.label)}</strong>{' '}
                <span className="hint">
                  {t('diffInSection', { section: i.sectionKey })}
                  {i.fromKey !== i.key && ` · ${t('diffRenamed', { key: i.fromKey })}`}
                </span>
                <ChangesTable changes={i.changes} caption={localized(i.label)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {indicators.moved.length > 0 && (
        <>
          <h4>{t('diffMoved')}</h4>
          <ul className="diff-list">
            {indicators.moved.map((i) => (
              <li key={i.lineageKey}>
                <strong>{localized(i.label)}</strong> {t('diffMovedFrom', { from: i.fromSectionKey, to: i.sectionKey })}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.ratingThresholds.length > 0 && (
        <>
          <h4>{t('diffThresholds')}</h4>
          <ChangesTable changes={diff.ratingThresholds} caption={t('diffThresholds')} />
        </>
      )}
    </section>
  );
}
