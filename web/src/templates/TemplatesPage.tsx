import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { QueryState } from '../common/QueryState';
import { useT } from '../i18n/i18n';
import { CreateTemplateDocument, CreateTemplateDraftDocument, TemplatesOverviewDocument } from './operations';
import { refusalOf } from '../common/refusal';
import { templateMessages } from './messages';
import { TemplateList, type TemplateListActions } from './TemplateList';
import './templates.css';

/** `/templat`: the templates of every job family, for HR. */
export function TemplatesPage() {
  const t = useT(templateMessages);
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TemplatesOverviewDocument, { fetchPolicy: 'cache-and-network' });
  const [createTemplate] = useMutation(CreateTemplateDocument);
  const [createDraft] = useMutation(CreateTemplateDraftDocument);
  const families = data?.jobFamilies ?? [];

  const actions: TemplateListActions = {
    async createTemplate(familyId, name) {
      try {
        const result = await createTemplate({ variables: { input: { familyId, name } } });
        await refetch();
        const draft = result.data?.createTemplate.template.draft;
        if (draft) await navigate(`/templat/versi/${draft.id}`);
        return null;
      } catch (e) {
        return refusalOf(e);
      }
    },
    async createDraft(templateId) {
      try {
        const result = await createDraft({ variables: { input: { templateId } } });
        await refetch();
        const version = result.data?.createTemplateDraft.version;
        if (version) await navigate(`/templat/versi/${version.id}`);
        return null;
      } catch (e) {
        return refusalOf(e);
      }
    },
  };

  return (
    <section aria-labelledby="templates-heading" className="templates">
      <h1 id="templates-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      <QueryState
        loading={loading && !data}
        error={error}
        empty={families.length === 0}
        emptyText={t('empty')}
        onRetry={() => void refetch()}
      >
        <TemplateList families={families} actions={actions} />
      </QueryState>
    </section>
  );
}
