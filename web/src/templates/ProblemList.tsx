import type { ApiProblem } from './model';

/** Problems shown in place, next to what they concern. */
export function ProblemList({ problems, label }: { problems: readonly ApiProblem[]; label?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="problems" aria-label={label}>
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${problem.path}-${index}`} data-code={problem.code}>
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
