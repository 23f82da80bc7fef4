import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState } from '../common/QueryState';
import { refusalOf } from '../common/refusal';
import { useViewer } from '../common/viewer';
import type { CreateJobFamilyInput } from '../gql/graphql';
import { useT } from '../i18n/i18n';
import { familyMessages } from './messages';
import { FamilyList } from './FamilyList';
import { CreateFamilyForm } from './CreateFamilyForm';
import { CreateJobFamilyDocument, JobFamiliesQueryDocument } from './operations';

export function FamiliesPage() {
  const t = useT(familyMessages);
  const { data, loading, error, refetch } = useQuery(JobFamiliesQueryDocument);
  const families = data?.jobFamilies ?? [];
  const { hasRole } = useViewer();
  const [createFamily] = useMutation(CreateJobFamilyDocument);
  const create = async (input: CreateJobFamilyInput) => {
    try {
      await createFamily({ variables: { input } });
      await refetch();
      return null;
    } catch (e) {
      return refusalOf(e);
    }
  };
  return (
    <section aria-labelledby="families-heading">
      <h1 id="families-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      <QueryState
        loading={loading && !data}
        error={error}
        empty={families.length === 0}
        emptyText={t('empty')}
        onRetry={() => void refetch()}
      >
        <FamilyList families={families} />
      </QueryState>
      {hasRole('HR') && <CreateFamilyForm onCreate={create} />}
    </section>
  );
}
