import { useId, useState, type FormEvent } from 'react';
import type { CreateJobFamilyInput } from '../gql/graphql';
import { messageByField, type Refusal } from '../common/refusal';
import { useT } from '../i18n/i18n';
import { familyMessages } from './messages';
import { RefusalAlert } from '../common/RefusalAlert';

const EMPTY: CreateJobFamilyInput = { code: '', name: '', nameEn: '', description: '' };

/** HR adds a job family; typed input stays on a refusal, with each problem under its field. */
export function CreateFamilyForm({ onCreate }: { onCreate(input: CreateJobFamilyInput): Promise<Refusal | null> }) {
  const t = useT(familyMessages);
  const id = useId();
  const [input, setInput] = useState<CreateJobFamilyInput>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setCreated(null);
    const result = await onCreate({ ...input, description: input.description?.trim() || undefined });
    setBusy(false);
    setRefusal(result);
    if (!result) {
      setCreated(input.name);
      setInput(EMPTY);
    }
  };
  const field = (name: keyof CreateJobFamilyInput, label: string, required: boolean) => {
    const fieldId = `${id}-${name}`;
    const problem = messageByField(refusal)[name];
    return (
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <input
          id={fieldId}
          value={input[name] ?? ''}
          required={required}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
          onChange={(e) => setInput({ ...input, [name]: e.target.value })}
        />
        {problem && (
          <span id={`${fieldId}-problem`} className="error">
            {problem}
          </span>
        )}
      </div>
    );
  };
  return (
    <form className="card family-form" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-heading`}>{t('createHeading')}</h2>
      {field('code', t('code'), true)}
      {field('name', t('name'), true)}
      {field('nameEn', t('nameEn'), true)}
      {field('description', t('description'), false)}
      {refusal && <RefusalAlert refusal={refusal} />}
      {created && <p role="status">{t('created', { name: created })}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('creating') : t('create')}
      </button>
    </form>
  );
}
