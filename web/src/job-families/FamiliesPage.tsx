import { useQuery } from '@apollo/client/react';
import { QueryState } from '../app/QueryState';
import { graphql } from '../gql/index';
import { useI18n } from '../i18n/i18n';
import { FamilyList } from './FamilyList';

const JobFamiliesQueryDocument = graphql(`
  query JobFamilies {
    jobFamilies {
      id
      code
      name
      nameEn
      description
      templates {
        id
        name
        versions {
          id
          number
          status
        }
      }
    }
  }
`);

export function FamiliesPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(JobFamiliesQueryDocument);
  const families = data?.jobFamilies ?? [];
  return (
    <section aria-labelledby="families-heading">
      <h2 id="families-heading">{t('families.heading')}</h2>
      <p>{t('families.intro')}</p>
      <QueryState
        loading={loading && !data}
        error={error}
        empty={families.length === 0}
        emptyText={t('families.empty')}
        onRetry={() => void refetch()}
      >
        <FamilyList families={families} />
      </QueryState>
    </section>
  );
}
