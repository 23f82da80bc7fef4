import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../common/QueryState';
import type { TemplateVersionQuery } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import {
  AddTemplateIndicatorDocument,
  AddTemplateSectionDocument,
  MoveTemplateIndicatorDocument,
  MoveTemplateSectionDocument,
  PublishTemplateVersionDocument,
  RemoveTemplateIndicatorDocument,
  RemoveTemplateSectionDocument,
  SetTemplateRatingThresholdsDocument,
  TemplateVersionDiffDocument,
  TemplateVersionDocument,
  UpdateTemplateIndicatorDocument,
  UpdateTemplateSectionDocument,
} from './operations';
import { DiffView } from './DiffView';
import { refusalOf } from '../common/refusal';
import { Field } from './IndicatorFormView';
import { templateMessages } from './messages';
import type { ApiVersion } from './model';
import type { EditOperation, RunOperation } from './edit-operations';
import { TemplateEditor } from './TemplateEditor';
import './templates.css';

type LoadedVersion = ApiVersion & Pick<NonNullable<TemplateVersionQuery['templateVersion']>, 'template'>;
type VersionRef = LoadedVersion['template']['versions'][number];

function useRunOperation(version: LoadedVersion): RunOperation {
  const [addSection] = useMutation(AddTemplateSectionDocument);
  const [updateSection] = useMutation(UpdateTemplateSectionDocument);
  const [removeSection] = useMutation(RemoveTemplateSectionDocument);
  const [moveSection] = useMutation(MoveTemplateSectionDocument);
  const [addIndicator] = useMutation(AddTemplateIndicatorDocument);
  const [updateIndicator] = useMutation(UpdateTemplateIndicatorDocument);
  const [removeIndicator] = useMutation(RemoveTemplateIndicatorDocument);
  const [moveIndicator] = useMutation(MoveTemplateIndicatorDocument);
  const [setThresholds] = useMutation(SetTemplateRatingThresholdsDocument);
  const [publish] = useMutation(PublishTemplateVersionDocument);
  return async (operation: EditOperation) => {
    const base = { versionId: version.id, expectedRevision: version.revision };
    try {
      switch (operation.type) {
        case 'addSection':
          await addSection({ variables: { input: { ...base, section: operation.section } } });
          break;
        case 'updateSection':
          await updateSection({
            variables: { input: { ...base, sectionKey: operation.sectionKey, section: operation.section } },
          });
          break;
        case 'removeSection':
          await removeSection({ variables: { input: { ...base, sectionKey: operation.sectionKey } } });
          break;
        case 'moveSection':
          await moveSection({
            variables: { input: { ...base, sectionKey: operation.sectionKey, position: operation.position } },
          });
          break;
        case 'addIndicator':
          await addIndicator({
            variables: { input: { ...base, sectionKey: operation.sectionKey, indicator: operation.indicator } },
          });
          break;
        case 'updateIndicator':
          await updateIndicator({
            variables: { input: { ...base, indicatorKey: operation.indicatorKey, indicator: operation.indicator } },
          });
          break;
        case 'removeIndicator':
          await removeIndicator({ variables: { input: { ...base, indicatorKey: operation.indicatorKey } } });
          break;
        case 'moveIndicator':
          await moveIndicator({
            variables: {
              input: {
                ...base,
                indicatorKey: operation.indicatorKey,
                sectionKey: operation.sectionKey,
                position: operation.position,
              },
            },
          });
          break;
        case 'setThresholds':
          await setThresholds({ variables: { input: { ...base, ratingThresholds: operation.ratingThresholds } } });
          break;
        case 'publish':
          await publish({ variables: { input: base } });
          break;
      }
      return null;
    } catch (error) {
      return refusalOf(error);
    }
  };
}

function defaultFrom(versions: readonly VersionRef[], current: LoadedVersion): string {
  const older = [...versions].filter((v) => v.number < current.number).sort((a, b) => b.number - a.number);
  return older[0]?.id ?? '';
}

/** Loads the diff afresh whenever the draft changed (the key carries its revision). */
function DiffLoader({
  fromId,
  toId,
  fromNumber,
  toNumber,
}: {
  fromId: string;
  toId: string;
  fromNumber: number;
  toNumber: number;
}) {
  const diff = useQuery(TemplateVersionDiffDocument, { variables: { fromId, toId }, fetchPolicy: 'network-only' });
  return (
    <QueryState
      loading={diff.loading && !diff.data}
      error={diff.error}
      empty={!diff.data}
      emptyText=""
      onRetry={() => void diff.refetch()}
    >
      {diff.data && <DiffView diff={diff.data.templateVersionDiff} fromNumber={fromNumber} toNumber={toNumber} />}
    </QueryState>
  );
}

/** The versions of the template and what changed between two of them. */
function VersionHistory({ version }: { version: LoadedVersion }) {
  const t = useT(templateMessages);
  const versions = version.template.versions;
  const [fromId, setFromId] = useState(() => defaultFrom(versions, version));
  const [toId, setToId] = useState(version.id);
  const skip = !fromId || !toId || fromId === toId;
  const numberOf = (id: string) => versions.find((v) => v.id === id)?.number ?? 0;
  const select = (value: string, onChange: (id: string) => void) => (id: string) => (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {t('version', { number: v.number })} · {t(`status_${v.status}`)}
        </option>
      ))}
    </select>
  );
  return (
    <section className="card history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history')}</h2>
      <ul className="version-list">
        {versions.map((v) => (
          <li key={v.id}>
            {v.id === version.id ? (
              <strong aria-current="page">{t('version', { number: v.number })}</strong>
            ) : (
              <Link to={`/templat/versi/${v.id}`}>{t('version', { number: v.number })}</Link>
            )}
            <span className={`badge badge-${v.status.toLowerCase()}`}>{t(`status_${v.status}`)}</span>
            {v.publishedAt && <span className="hint"> {new Date(v.publishedAt).toLocaleDateString()}</span>}
          </li>
        ))}
      </ul>
      {versions.length < 2 ? (
        <p className="empty">{t('onlyOneVersion')}</p>
      ) : (
        <>
          <h3>{t('compare')}</h3>
          <div className="form-grid compare">
            <Field label={t('compareFrom')}>{select(fromId, setFromId)}</Field>
            <Field label={t('compareTo')}>{select(toId, setToId)}</Field>
          </div>
          {!skip && (
            <DiffLoader
              key={`${fromId}-${toId}-${version.revision}-${version.status}`}
              fromId={fromId}
              toId={toId}
              fromNumber={numberOf(fromId)}
              toNumber={numberOf(toId)}
            />
          )}
        </>
      )}
    </section>
  );
}

function LoadedVersionView({ version, onReload }: { version: LoadedVersion; onReload(): void }) {
  const t = useT(templateMessages);
  const { language } = useLanguage();
  const run = useRunOperation(version);
  const draft = version.status === 'DRAFT';
  const family = language === 'en' ? version.template.family.nameEn : version.template.family.name;
  return (
    <>
      <h1 id="version-heading">{t('versionHeading', { name: version.template.name, number: version.number })}</h1>
      <p>
        {family} ·{' '}
        <span className={`badge badge-${version.status.toLowerCase()}`}>{t(`status_${version.status}`)}</span>
        {draft && <span className="hint"> · {t('revision', { revision: version.revision })}</span>}
      </p>
      {version.status === 'PUBLISHED' && <p role="status">{t('readOnly')}</p>}
      {version.status === 'RETIRED' && <p role="status">{t('retiredNote')}</p>}
      <TemplateEditor key={version.id} version={version} editable={draft} run={run} onReload={onReload} />
      <VersionHistory key={`${version.id}-${version.template.versions.length}`} version={version} />
    </>
  );
}

/** `/templat/versi/:versionId`: a draft to edit, or a published version to read, with its history. */
export function VersionPage() {
  const t = useT(templateMessages);
  const { versionId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TemplateVersionDocument, { variables: { id: versionId } });
  const version: LoadedVersion | null = data?.templateVersion ?? null;
  const reload = () => void refetch();
  return (
    <section aria-labelledby="version-heading" className="templates">
      <p>
        <Link to="/templat">{t('backToList')}</Link>
      </p>
      <QueryState loading={loading && !data} error={error} empty={!version} emptyText={t('notFound')} onRetry={reload}>
        {version && <LoadedVersionView version={version} onReload={reload} />}
      </QueryState>
    </section>
  );
}
