import type { AnswerSet, TemplateDefinition } from '@kinerja/shared';
import { useState } from 'react';
import { FormRenderer } from '../forms/FormRenderer';
import { useT } from '../i18n/i18n';
import { templateMessages } from './messages';

/**
 * The form exactly as a supervisor will fill it, rendered from the definition being edited (including
 * what is typed but not saved yet). Trial answers stay on this page and are never stored.
 */
export function TemplatePreview({ form }: { form: TemplateDefinition }) {
  const t = useT(templateMessages);
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<AnswerSet>({});
  return (
    <section className="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview')}</h2>
      <p className="hint">{t('previewHint')}</p>
      <button type="button" aria-expanded={open} aria-controls="template-preview" onClick={() => setOpen(!open)}>
        {open ? t('previewHide') : t('previewShow')}
      </button>
      {open && (
        <div id="template-preview" className="preview-body">
          <FormRenderer
            form={form}
            answers={answers}
            idPrefix="preview"
            onChange={(key, value) => setAnswers((current) => ({ ...current, [key]: value }))}
          />
        </div>
      )}
    </section>
  );
}
