import type { JobFamiliesQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

type Family = JobFamiliesQuery['jobFamilies'][number];

/** Job families and the versions of their templates. */
export function FamilyList({ families }: { families: readonly Family[] }) {
  const { t, language } = useI18n();
  return (
    <ul className="cards" aria-label={t('families.heading')}>
      {families.map((family) => (
        <li key={family.id} className="card">
          <h3>{language === 'en' ? family.nameEn : family.name}</h3>
          {family.description && <p>{family.description}</p>}
          <h4>{t('families.templates')}</h4>
          {family.templates.length === 0 ? (
            <p className="empty">{t('families.noTemplates')}</p>
          ) : (
            <ul>
              {family.templates.map((template) => (
                <li key={template.id}>
                  {template.name}
                  {template.versions.map((version) => (
                    <span key={version.id} className={`badge badge-${version.status.toLowerCase()}`}>
                      {t('families.version')} {version.number} · {version.status}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
