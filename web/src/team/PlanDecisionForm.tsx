import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { type Refusal, messageByField } from '../common/refusal';
import { teamMessages } from './messages';

export type PlanDecision = 'approve' | 'return';

/** The rule the server enforces as well: a return needs a comment; an approval does not. */
export function commentMissing(decision: PlanDecision, comment: string): boolean {
  return decision === 'return' && comment.trim() === '';
}

/** Approve (optional comment) or return (comment required) a submitted plan; keeps the comment on a refusal. */
export function PlanDecisionForm(props: {
  onDecide(decision: PlanDecision, comment: string): Promise<Refusal | null>;
}) {
  const t = useT(teamMessages);
  const id = useId();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const decide = async (decision: PlanDecision) => {
    setRefusal(null);
    setDone(null);
    if (commentMissing(decision, comment)) {
      setCommentError(t('decision.commentRequired'));
      commentRef.current?.focus();
      return;
    }
    setCommentError(null);
    setBusy(true);
    const result = await props.onDecide(decision, comment.trim());
    setBusy(false);
    if (result) {
      setRefusal(result.message);
      const { comment } = messageByField(result);
      if (comment) setCommentError(comment);
    } else {
      setDone(t(decision === 'approve' ? 'decision.approved' : 'decision.returned'));
    }
  };

  return (
    <form className="team-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id={`${id}-heading`}>{t('decision.heading')}</h2>
      <label htmlFor={`${id}-comment`}>{t('decision.comment')}</label>
      <span className="hint" id={`${id}-hint`}>
        {t('decision.commentHint')}
      </span>
      <textarea
        id={`${id}-comment`}
        ref={commentRef}
        rows={3}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        aria-describedby={`${id}-hint${commentError ? ` ${id}-error` : ''}`}
        aria-invalid={commentError ? true : undefined}
      />
      {commentError && (
        <p id={`${id}-error`} className="field-error">
          {commentError}
        </p>
      )}
      <div className="buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void decide('approve')}>
          {busy ? t('decision.busy') : t('decision.approve')}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('return')}>
          {t('decision.return')}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
      {done && (
        <p role="status" className="success">
          {done}
        </p>
      )}
    </form>
  );
}
