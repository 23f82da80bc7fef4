import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Language } from '../i18n/i18n';
import { planProblems, toDraft, toInput, type DraftResult, type StoredResult } from './model';
import { PlanEditor } from './PlanEditor';

const stored: StoredResult[] = [
  {
    id: 'r1',
    kind: 'MAIN',
    title: 'Dokumen kependudukan terlayani',
    parentResult: { id: 'p1', title: 'Pelayanan administrasi kelurahan meningkat' },
    targets: [{ id: 't1', label: 'Jumlah dokumen diproses', aspect: 'QUANTITY', target: 120, unit: 'dokumen', direction: 'HIGHER_IS_BETTER', templateLineageKey: 'dokumen' }],
  },
];

/** The editor as the page uses it: the shared rules re-run on every change. */
function Harness({ initial, parentOptions = null, language = 'id' }: { initial: DraftResult[]; parentOptions?: { id: string; title: string }[] | null; language?: Language }) {
  const [draft, setDraft] = useState(initial);
  const problems = planProblems(draft).map((p) => ({ path: p.path, message: p.message[language] }));
  return (
    <I18nProvider language={language}>
      <PlanEditor draft={draft} onChange={setDraft} problems={problems} parentOptions={parentOptions} />
      <output data-testid="input">{JSON.stringify(toInput(draft))}</output>
    </I18nProvider>
  );
}

describe('PlanEditor', () => {
  it('shows the shared rules’ messages next to the field as the employee types, and clears them when fixed', () => {
    render(<Harness initial={toDraft(stored)} />);
    const title = screen.getByLabelText('Uraian hasil kerja');
    fireEvent.change(title, { target: { value: '   ' } });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Hasil kerja ke-1 belum memiliki uraian.')).toBeTruthy();
    fireEvent.change(title, { target: { value: 'Dokumen terlayani tepat waktu' } });
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Hasil kerja ke-1 belum memiliki uraian.')).toBeNull();

    const target = screen.getByLabelText('Target');
    fireEvent.change(target, { target: { value: '0' } });
    expect(screen.getByText("Target 'Jumlah dokumen diproses' harus lebih dari 0.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Arah'), { target: { value: 'LOWER_IS_BETTER' } });
    expect(screen.queryByText(/harus lebih dari 0/)).toBeNull();

    fireEvent.change(screen.getByLabelText('Satuan'), { target: { value: '' } });
    expect(screen.getByText(/belum memiliki satuan/).closest('ul')?.id).toBe('plan-r0-t0-unit-problems');
  });

  it('keeps the ids of existing results and targets, and the supervisor link, in the save input', () => {
    render(<Harness initial={toDraft(stored)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah indikator' }));
    const input = JSON.parse(screen.getByTestId('input').textContent ?? '[]') as { id?: string; parentResultId: string | null; targets: { id?: string }[] }[];
    expect(input[0]!.id).toBe('r1');
    expect(input[0]!.parentResultId).toBe('p1');
    expect(input[0]!.targets.map((t) => t.id)).toEqual(['t1', undefined]);
    expect(screen.getByText('Mendukung hasil kerja atasan: Pelayanan administrasi kelurahan meningkat')).toBeTruthy();
    expect(screen.queryByLabelText('Mendukung hasil kerja atasan')).toBeNull();
  });

  it('offers the supervisor’s approved results as links when they can be read, in English too', () => {
    render(<Harness initial={[]} language="en" parentOptions={[{ id: 'p2', title: 'Public services improved' }]} />);
    expect(screen.getByText('No work results yet. Add at least one main work result.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a main work result' }));
    const link = screen.getByLabelText('Supports the supervisor’s result') as HTMLSelectElement;
    fireEvent.change(link, { target: { value: 'p2' } });
    expect(screen.getByText('Work result 1 has no description.')).toBeTruthy();
    const input = JSON.parse(screen.getByTestId('input').textContent ?? '[]') as { parentResultId: string | null; kind: string }[];
    expect(input[0]).toMatchObject({ parentResultId: 'p2', kind: 'MAIN' });
  });

  it('adds the submission rules: a main result and a target for every result', () => {
    const draft: DraftResult[] = toDraft([{ id: 'r9', kind: 'ADDITIONAL', title: 'Tugas tambahan', targets: [] }]);
    expect(planProblems(draft).map((p) => p.code)).toEqual([]);
    expect(planProblems(draft, true).map((p) => p.code)).toEqual(['RESULT_WITHOUT_TARGET', 'MAIN_RESULT_MISSING']);
  });
});
