import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { TemplatesOverviewQuery } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import type { Refusal } from '../common/refusal';
import { templateMessages } from './messages';
import { RefusalAlert } from '../common/RefusalAlert';

type Family = TemplatesOverviewQuery['jobFamilies'][number];
type Template = Family['templates'][number];

export interface TemplateListActions {
  createTemplate(familyId: string, name: string): Promise<Refusal | null>;
  createDraft(templateId: string): Promise<Refusal | null>;
}

function NewTemplateForm({ family, actions }: { family: Family; actions: TemplateListActions }) {
  const t = useT(templateMessages);
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await actions.createTemplate(family.id, name);
    setBusy(false);
    setRefusal(result);
  };
  return (
    <form
      className="inline-form"
      onSubmit={(event) => void submit(event)}
      aria-label={`${t('newTemplate')} · ${family.name}`}
    >
      <label htmlFor={id}>{t('templateName')}</label>
      <div className="inline-row">
        <input
          id={id}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? `${id}-error` : undefined}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('creating') : t('create')}
        </button>
      </div>
      {refusal && <RefusalAlert refusal={refusal} id={`${id}-error`} />}
    </form>
  );
}

function TemplateItem({ template, actions }: { template: Template; actions: TemplateListActions }) {
  const t = useT(templateMessages);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const createDraft = async () => {
    setBusy(true);
    const result = await actions.createDraft(template.id);
    setBusy(false);
    setRefusal(result);
  };
  return (
    <li className="template-item">
      <h4>{template.name}</h4>
      <ul className="version-list" aria-label={t('history')}>
        {template.versions.map((version) => (
          <li key={version.id}>
            <Link
              to={`/templat/versi/${version.id}`}
              aria-label={t('openVersion', { number: version.number, name: template.name })}
            >
              {t('version', { number: version.number })}
            </Link>
            <span className={`badge badge-${version.status.toLowerCase()}`}>{t(`status_${version.status}`)}</span>
          </li>
        ))}
      </ul>
      {template.draft ? (
        <Link className="button-link" to={`/templat/versi/${template.draft.id}`}>
          {t('editDraft', { number: template.draft.number })}
        </Link>
      ) : (
        <button type="button" onClick={() => void createDraft()} disabled={busy}>
          {busy ? t('creating') : t('newDraft')}
        </button>
      )}
      {refusal && <RefusalAlert refusal={refusal} />}
    </li>
  );
}

/** Every family with its templates, their versions and statuses, and the ways to start a new one. */
export function TemplateList({ families, actions }: { families: readonly Family[]; actions: TemplateListActions }) {
  const t = useT(templateMessages);
  const { language } = useLanguage();
  return (
    <ul className="cards template-families" aria-label={t('heading')}>
      {families.map((family) => {
        const name = language === 'en' ? family.nameEn : family.name;
        return (
          <li key={family.id} className="card">
            <h2>{name}</h2>
            {family.templates.length === 0 ? (
              <p className="empty">{t('noTemplates')}</p>
            ) : (
              <ul className="template-items" aria-label={t('familyTemplates', { family: name })}>
                {family.templates.map((template) => (
                  <TemplateItem key={template.id} template={template} actions={actions} />
                ))}
              </ul>
            )}
            <details>
              <summary>{t('newTemplate')}</summary>
              <NewTemplateForm family={family} actions={actions} />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
