import type { JobFamiliesQuery } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { familyMessages } from './messages';

type Family = JobFamiliesQuery['jobFamilies'][number];

/** Job families and the versions of their templates. */
export function FamilyList({ families }: { families: readonly Family[] }) {
  const t = useT(familyMessages);
  const { language } = useLanguage();
  return (
    <ul className="cards" aria-label={t('heading')}>
      {families.map((family) => (
        <li key={family.id} className="card">
          <h3>{language === 'en' ? family.nameEn : family.name}</h3>
          {family.description && <p>{family.description}</p>}
          <h4>{t('templates')}</h4>
          {family.templates.length === 0 ? (
            <p className="empty">{t('noTemplates')}</p>
          ) : (
            <ul>
              {family.templates.map((template) => (
                <li key={template.id}>
                  {template.name}
                  {template.versions.map((version) => (
                    <span key={version.id} className={`badge badge-${version.status.toLowerCase()}`}>
                      {t('version')} {version.number} · {version.status}
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
