import { validateDefinition } from '@kinerja/shared';
import { useMemo, useState } from 'react';
import { useLanguage, useT } from '../i18n/i18n';
import type { Refusal } from '../common/refusal';
import { templateMessages } from './messages';
import {
  definitionOf,
  emptySectionForm,
  indicatorInputOf,
  placeProblems,
  sectionInputOf,
  type ApiVersion,
  type PendingEdit,
} from './model';
import { ProblemList } from './ProblemList';
import { TemplatePreview } from './TemplatePreview';
import { RefusalAlert } from '../common/RefusalAlert';
import { localizeProblems, type EditOperation, type RunOperation } from './edit-operations';
import { SectionFormView } from './SectionFormView';
import { ThresholdsForm } from './ThresholdsForm';
import type { DraftSession } from './draft-session';
import { SectionItem } from './SectionItem';

/**
 * A template version's sections and indicators. Editable for a draft (every change goes through `run`),
 * read-only otherwise. Problems appear next to what they name: the server's, or, while the user types,
 * the rules engine's own check of the form laid over the draft.
 */
export function TemplateEditor({
  version,
  editable,
  run,
  onReload,
}: {
  version: ApiVersion;
  editable: boolean;
  run: RunOperation;
  onReload(): void;
}) {
  const t = useT(templateMessages);
  const { language } = useLanguage();
  const [pending, setPending] = useState<PendingEdit>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [publishRefusal, setPublishRefusal] = useState<Refusal | null>(null);

  const definition = useMemo(() => definitionOf(version, pending), [version, pending]);
  const localProblems = useMemo(
    () => (editable ? localizeProblems(validateDefinition(definition), language) : []),
    [definition, editable, language],
  );
  // While the user types, the instant check speaks; otherwise the server's problems (and a refused publish).
  const shownProblems = pending
    ? localProblems
    : [
        ...version.problems,
        ...(publishRefusal?.problems ?? []).filter(
          (p) => !version.problems.some((q) => q.code === p.code && q.path === p.path),
        ),
      ];
  const placed = placeProblems(editable ? shownProblems : []);

  const start = (edit: PendingEdit) => {
    setPending(edit);
    setRefusal(null);
  };
  const perform = async (operation: EditOperation, after?: () => void) => {
    setBusy(true);
    const result = await run(operation);
    setBusy(false);
    setRefusal(result);
    if (!result) {
      // the draft changed: its own problems now speak, no longer those of the refused publish
      setPublishRefusal(null);
      after?.();
    }
    return result;
  };
  const savePending = async () => {
    if (!pending) return;
    if (pending.type === 'indicator') {
      const indicator = indicatorInputOf(pending.form);
      await perform(
        pending.indicatorKey === null
          ? { type: 'addIndicator', sectionKey: pending.sectionKey, indicator }
          : { type: 'updateIndicator', indicatorKey: pending.indicatorKey, indicator },
        () => setPending(null),
      );
    } else {
      const section = sectionInputOf(pending.form);
      await perform(
        pending.sectionKey === null
          ? { type: 'addSection', section }
          : { type: 'updateSection', sectionKey: pending.sectionKey, section },
        () => setPending(null),
      );
    }
  };
  const publish = async () => {
    setBusy(true);
    const result = await run({ type: 'publish' });
    setBusy(false);
    setPublishRefusal(result);
  };

  const sectionsByKey = new Map(definition.sections.map((section) => [section.key, section]));
  const session: DraftSession = {
    editable,
    busy,
    pending,
    refusal,
    localProblems,
    placed,
    setPending,
    start,
    perform,
    savePending,
    onReload,
  };

  const addingSection = pending?.type === 'section' && pending.sectionKey === null;
  return (
    <div className="template-editor">
      {editable && (
        <section className="card publish-panel" aria-labelledby="problems-heading">
          <h2 id="problems-heading">{t('problemsHeading')}</h2>
          {shownProblems.length === 0 ? (
            <p className="ok">{t('noProblems')}</p>
          ) : (
            <ProblemList problems={placed.general} />
          )}
          {publishRefusal && (
            <div role="alert" className="error">
              <p>{publishRefusal.message}</p>
              {publishRefusal.code === 'CONFLICT' && (
                <button type="button" onClick={onReload}>
                  {t('reload')}
                </button>
              )}
            </div>
          )}
          <p className="hint">{t('publishConfirm', { number: version.number })}</p>
          <button type="button" className="primary" onClick={() => void publish()} disabled={busy || pending !== null}>
            {busy ? t('publishing') : t('publish')}
          </button>
        </section>
      )}
      <ol className="sections" aria-label={t('sections')}>
        {version.sections.map((section, index) => (
          <SectionItem
            key={section.key}
            session={session}
            section={section}
            index={index}
            sectionCount={version.sections.length}
            sectionsByKey={sectionsByKey}
          />
        ))}
      </ol>
      {addingSection && pending?.type === 'section' ? (
        <div className="card">
          <SectionFormView
            form={pending.form}
            isNew
            busy={busy}
            refusal={refusal}
            problems={localProblems.filter((p) => p.sectionKey === pending.form.key.trim() && !p.indicatorKey)}
            onChange={(form) => setPending({ ...pending, form })}
            onSubmit={() => void savePending()}
            onCancel={() => start(null)}
            onReload={onReload}
          />
        </div>
      ) : (
        editable && (
          <button
            type="button"
            onClick={() => start({ type: 'section', sectionKey: null, form: emptySectionForm() })}
            disabled={busy}
          >
            + {t('addSection')}
          </button>
        )
      )}
      {!pending && refusal && (
        <RefusalAlert refusal={refusal}>
          <ProblemList problems={refusal.problems} />
          {refusal.code === 'CONFLICT' && (
            <button type="button" onClick={onReload}>
              {t('reload')}
            </button>
          )}
        </RefusalAlert>
      )}
      <TemplatePreview form={definition} />
      <ThresholdsForm
        key={`${version.id}-${version.revision}`}
        version={version}
        editable={editable}
        run={run}
        onReload={onReload}
      />
    </div>
  );
}
