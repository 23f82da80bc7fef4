import { useId, useState } from 'react';
import { useT } from '../i18n/i18n';
import { type Refusal, messageByField } from '../common/refusal';
import { teamMessages } from './messages';

/** Longest reason for a hand-over, as the server checks it. */
const REASSIGN_REASON_MAX = 2000;

export interface DeciderCandidate {
  id: string;
  name: string;
  position: string;
  unit: { name: string };
}

/**
 * HR hands a pending objection to another official (e.g. a Plt) when the assessor's supervisor is absent or there is
 * none (PP 30/2019), with a reason. The server refuses HR themself, the assessor, the objecting employee and inactive
 * employees; those refusals show at the field.
 */
export function ReassignObjectionForm(props: {
  objectionId: string;
  /** Who may not be chosen: the current decider, the assessor and the objecting employee (the server checks too). */
  excludedIds: readonly string[];
  candidates: readonly DeciderCandidate[];
  searching: boolean;
  onSearch(text: string): void;
  onReassign(input: { objectionId: string; deciderId: string; reason: string }): Promise<Refusal | null>;
}) {
  const t = useT(teamMessages);
  const id = useId();
  const [search, setSearch] = useState('');
  const [deciderId, setDeciderId] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const choices = props.candidates.filter((c) => !props.excludedIds.includes(c.id));

  const submit = async () => {
    setRefusal(null);
    setDone(false);
    const local: Record<string, string> = {};
    const trimmed = reason.trim();
    if (!deciderId) local.deciderId = t('reassign.deciderRequired');
    if (trimmed === '' || trimmed.length > REASSIGN_REASON_MAX) local.reason = t('reassign.reasonRequired');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const result = await props.onReassign({ objectionId: props.objectionId, deciderId, reason: trimmed });
    setBusy(false);
    if (result) {
      const byField = messageByField(result);
      setFields(byField);
      if (Object.keys(byField).length === 0) setRefusal(result.message);
    } else {
      setDone(true);
      setReason('');
      setDeciderId('');
    }
  };

  const fieldError = (key: string) =>
    fields[key] && (
      <p id={`${id}-${key}-error`} className="field-error">
        {fields[key]}
      </p>
    );

  return (
    <form
      className="team-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => (e.preventDefault(), void submit())}
      noValidate
    >
      <h2 id={`${id}-heading`}>{t('reassign.heading')}</h2>
      <p className="hint">{t('reassign.intro')}</p>
      <label htmlFor={`${id}-search`}>{t('reassign.search')}</label>
      <input
        id={`${id}-search`}
        type="search"
        maxLength={100}
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          props.onSearch(e.target.value.trim());
        }}
      />
      <label htmlFor={`${id}-decider`}>{t('reassign.decider')}</label>
      <select
        id={`${id}-decider`}
        value={deciderId}
        onChange={(e) => setDeciderId(e.target.value)}
        aria-invalid={fields.deciderId ? true : undefined}
        aria-describedby={fields.deciderId ? `${id}-deciderId-error` : undefined}
      >
        <option value="">
          {props.searching
            ? t('reassign.searching')
            : choices.length === 0
              ? t('reassign.noCandidates')
              : t('reassign.choose')}
        </option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} — {c.position}, {c.unit.name}
          </option>
        ))}
      </select>
      {fieldError('deciderId')}
      <label htmlFor={`${id}-reason`}>{t('reassign.reason')}</label>
      <span className="hint" id={`${id}-reason-hint`}>
        {t('reassign.reasonHint')}
      </span>
      <textarea
        id={`${id}-reason`}
        rows={3}
        maxLength={REASSIGN_REASON_MAX}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={fields.reason ? true : undefined}
        aria-describedby={`${id}-reason-hint${fields.reason ? ` ${id}-reason-error` : ''}`}
      />
      {fieldError('reason')}
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {busy ? t('busy') : t('reassign.submit')}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
      {done && (
        <p role="status" className="success">
          {t('reassign.done')}
        </p>
      )}
    </form>
  );
}
