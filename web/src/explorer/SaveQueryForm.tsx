import { useId, useState, type FormEvent } from 'react';
import { messagesByField, type Refusal } from '../common/refusal';
import { useT } from '../i18n/i18n';
import { explorerMessages } from './messages';

export interface SaveFields {
  name: string;
  description: string;
  shared: boolean;
}

/** Saves the editor's query under a name; remount it (key) to start from other values. The page tells of success. */
export function SaveQueryForm(props: {
  initial: SaveFields;
  /** The saved query being edited, when it is the user's own: saving changes it. */
  editing: { name: string } | null;
  /** The opened query belongs to someone else: saving makes a copy. */
  ownerOfOpened: string | null;
  onSave(fields: SaveFields, asNew: boolean): Promise<Refusal | null>;
  onNew(): void;
}) {
  const t = useT(explorerMessages);
  const id = useId();
  const [fields, setFields] = useState<SaveFields>(props.initial);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const save = async (asNew: boolean) => {
    setBusy(true);
    const result = await props.onSave(
      { ...fields, name: fields.name.trim(), description: fields.description.trim() },
      asNew,
    );
    setBusy(false);
    setRefusal(result);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };
  const byField = messagesByField(refusal);
  const problems = (field: 'name' | 'description' | 'query' | 'variables') => byField[field] ?? [];
  const nameProblems = problems('name');
  const descriptionProblems = problems('description');
  const editorProblems = [
    ...problems('query').map((message) => `${t('queryProblem')}: ${message}`),
    ...problems('variables').map((message) => `${t('variablesProblem')}: ${message}`),
  ];
  const generalError =
    refusal && nameProblems.length + descriptionProblems.length + editorProblems.length === 0 ? refusal.message : null;

  return (
    <form className="card explorer-save" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h2 id={`${id}-heading`}>{t('saveHeading')}</h2>
      {props.editing && <p className="explorer-note">{t('editing', { name: props.editing.name })}</p>}
      {props.ownerOfOpened && <p className="explorer-note">{t('notMine', { name: props.ownerOfOpened })}</p>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('name')}</label>
        <input
          id={`${id}-name`}
          value={fields.name}
          maxLength={200}
          required
          aria-invalid={nameProblems.length ? true : undefined}
          aria-describedby={nameProblems.length ? `${id}-name-problem` : undefined}
          onChange={(e) => setFields({ ...fields, name: e.target.value })}
        />
        {nameProblems.length > 0 && (
          <span id={`${id}-name-problem`} className="error">
            {nameProblems.join(' ')}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('description')}</label>
        <textarea
          id={`${id}-description`}
          value={fields.description}
          rows={2}
          aria-invalid={descriptionProblems.length ? true : undefined}
          aria-describedby={descriptionProblems.length ? `${id}-description-problem` : undefined}
          onChange={(e) => setFields({ ...fields, description: e.target.value })}
        />
        {descriptionProblems.length > 0 && (
          <span id={`${id}-description-problem`} className="error">
            {descriptionProblems.join(' ')}
          </span>
        )}
      </div>
      <div className="field field-inline">
        <input
          id={`${id}-shared`}
          type="checkbox"
          checked={fields.shared}
          onChange={(e) => setFields({ ...fields, shared: e.target.checked })}
        />
        <label htmlFor={`${id}-shared`}>{t('shared')}</label>
      </div>
      {editorProblems.length > 0 && (
        <ul role="alert" className="error explorer-problems" aria-label={t('queryProblem')}>
          {editorProblems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {generalError && (
        <p role="alert" className="error">
          {generalError}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        {props.editing && (
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            {t('saveAsNew')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={props.onNew}>
          {t('newQuery')}
        </button>
      </div>
    </form>
  );
}
