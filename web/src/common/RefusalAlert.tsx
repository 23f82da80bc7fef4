import type { ReactNode } from 'react';
import type { Refusal } from './refusal';

/**
 * A refused request, announced: the server's message (or `message` instead), then what the screen adds
 * (its problems, a reload button). Alone it is one paragraph; with children, a block.
 */
export function RefusalAlert(props: { refusal: Refusal; message?: string; id?: string; children?: ReactNode }) {
  const message = props.message ?? props.refusal.message;
  if (props.children === undefined)
    return (
      <p id={props.id} role="alert" className="error">
        {message}
      </p>
    );
  return (
    <div id={props.id} role="alert" className="error">
      <p>{message}</p>
      {props.children}
    </div>
  );
}
