import { fireEvent, render, screen, within } from '@testing-library/react';
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
    targets: [
      {
        id: 't1',
        label: 'Jumlah dokumen diproses',
        aspect: 'QUANTITY',
        target: 120,
        unit: 'dokumen',
        direction: 'HIGHER_IS_BETTER',
        templateLineageKey: 'dokumen',
      },
    ],
  },
];

const QUARTERS = ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'].map((label, i) => ({
  number: i + 1,
  label,
}));

/** The editor as the page uses it: the shared rules re-run on every change (with the period's sub-periods when given). */
function Harness({
  initial,
  parentOptions = null,
  language = 'id',
  subPeriods = [],
}: {
  initial: DraftResult[];
  parentOptions?: { id: string; title: string }[] | null;
  language?: Language;
  subPeriods?: { number: number; label: string }[];
}) {
  const [draft, setDraft] = useState(initial);
  const problems = planProblems(draft, false, subPeriods.length).map((p) => ({
    path: p.path,
    message: p.message[language],
  }));
  return (
    <I18nProvider language={language}>
      <PlanEditor
        draft={draft}
        onChange={setDraft}
        problems={problems}
        parentOptions={parentOptions}
        subPeriods={subPeriods}
      />
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
    const input = JSON.parse(screen.getByTestId('input').textContent ?? '[]') as {
      id?: string;
      parentResultId: string | null;
      targets: { id?: string }[];
    }[];
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
    const input = JSON.parse(screen.getByTestId('input').textContent ?? '[]') as {
      parentResultId: string | null;
      kind: string;
    }[];
    expect(input[0]).toMatchObject({ parentResultId: 'p2', kind: 'MAIN' });
  });

  it('adds the submission rules: a main result and a target for every result', () => {
    const draft: DraftResult[] = toDraft([{ id: 'r9', kind: 'ADDITIONAL', title: 'Tugas tambahan', targets: [] }]);
    expect(planProblems(draft).map((p) => p.code)).toEqual([]);
    expect(planProblems(draft, true).map((p) => p.code)).toEqual(['RESULT_WITHOUT_TARGET', 'MAIN_RESULT_MISSING']);
  });
});

describe('PlanEditor: periodic targets (rencana aksi)', () => {
  const planned: StoredResult[] = [
    {
      ...stored[0]!,
      targets: [
        {
          ...stored[0]!.targets[0]!,
          aggregation: 'SUM',
          periodicTargets: [20, 30, 30, 40].map((target, i) => ({ number: i + 1, target })),
        },
      ],
    },
  ];
  const periodicValues = () => QUARTERS.map((q) => (screen.getByLabelText(q.label) as HTMLInputElement).value);
  /** The offer to split again (a live region; the harness's <output> is one too). */
  const offer = () => screen.getByText(/Bagi ulang secara rata/).closest<HTMLElement>('[role="status"]')!;
  const input = () =>
    JSON.parse(screen.getByTestId('input').textContent ?? '[]') as {
      targets: { aggregation: string; periodicTargets?: { number: number; target: number }[] }[];
    }[];

  it('shows what the plan stores under each target, labelled by the period’s sub-periods, with its aggregation', () => {
    render(<Harness initial={toDraft(planned, 4)} subPeriods={QUARTERS} />);
    const periodic = screen.getByRole('group', { name: 'Target periodik (rencana aksi)' });
    expect(periodicValues()).toEqual(['20', '30', '30', '40']);
    expect((within(periodic).getByLabelText('Cara penghitungan tahunan') as HTMLSelectElement).value).toBe('SUM');
    expect(
      within(periodic).getByText('Target periodik dijumlahkan: bersama-sama sama dengan target tahunan.'),
    ).toBeTruthy();
    expect(input()[0]!.targets[0]).toMatchObject({
      aggregation: 'SUM',
      periodicTargets: [20, 30, 30, 40].map((target, i) => ({ number: i + 1, target })),
    });
  });

  it('shows the shared rules’ problems at the field as the employee types, and “Bagi rata” splits the annual target evenly', () => {
    render(<Harness initial={toDraft(planned, 4)} subPeriods={QUARTERS} />);
    const q1 = screen.getByLabelText('Triwulan I');
    fireEvent.change(q1, { target: { value: '10' } });
    const mismatch = screen.getByText(
      "Target periodik 'Jumlah dokumen diproses': jumlahnya 110, padahal target tahunan 120.",
    );
    expect(mismatch.closest('ul')?.id).toBe('plan-r0-t0-periodic-problems');

    fireEvent.change(q1, { target: { value: '-1' } });
    expect(q1.getAttribute('aria-invalid')).toBe('true');
    const invalid = screen.getByText(
      "Target periodik 1 untuk 'Jumlah dokumen diproses' harus berupa angka 0 atau lebih.",
    );
    expect(invalid.closest('ul')?.id).toBe('plan-r0-t0-p1-problems');
    expect(q1.getAttribute('aria-describedby')).toBe('plan-r0-t0-p1-problems');

    fireEvent.click(screen.getByRole('button', { name: 'Bagi rata target indikator 1.1' }));
    expect(periodicValues()).toEqual(['30', '30', '30', '30']);
    expect(q1.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Target periodik/, { selector: 'li' })).toBeNull();
    expect(input()[0]!.targets[0]!.periodicTargets).toEqual(
      [30, 30, 30, 30].map((target, i) => ({ number: i + 1, target })),
    );
  });

  it('offers to split again when the annual target changes, and keeps the employee’s split when declined', () => {
    render(<Harness initial={toDraft(planned, 4)} subPeriods={QUARTERS} />);
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '100' } });
    expect(periodicValues()).toEqual(['20', '30', '30', '40']);
    expect(offer().textContent).toContain(
      'Target periodik tidak lagi sesuai dengan target tahunan 100 dokumen. Bagi ulang secara rata menjadi 25 · 25 · 25 · 25?',
    );
    expect(
      screen.getByText("Target periodik 'Jumlah dokumen diproses': jumlahnya 120, padahal target tahunan 100."),
    ).toBeTruthy();
    fireEvent.click(within(offer()).getByRole('button', { name: 'Biarkan seperti ini' }));
    expect(screen.queryByText(/Bagi ulang secara rata/)).toBeNull();
    expect(periodicValues()).toEqual(['20', '30', '30', '40']);

    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '10' } });
    fireEvent.click(within(offer()).getByRole('button', { name: 'Bagi ulang' }));
    expect(periodicValues()).toEqual(['2', '2', '3', '3']);
    expect(screen.queryByText(/padahal target tahunan/)).toBeNull();
  });

  it('lets the aggregation be changed (averages of quality targets by default) and sends it with the periodic targets', () => {
    render(<Harness initial={toDraft(planned, 4)} subPeriods={QUARTERS} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah indikator' }));
    const second = screen.getByRole('listitem', { name: 'Indikator 1.2' });
    // A new target's periodic targets follow its annual target until one is typed.
    fireEvent.change(within(second).getByLabelText('Target'), { target: { value: '12' } });
    expect(QUARTERS.map((q) => (within(second).getByLabelText(q.label) as HTMLInputElement).value)).toEqual([
      '3',
      '3',
      '3',
      '3',
    ]);
    // A quality target averages: every quarter aims at the annual level.
    fireEvent.change(within(second).getByLabelText('Aspek'), { target: { value: 'QUALITY' } });
    expect((within(second).getByLabelText('Cara penghitungan tahunan') as HTMLSelectElement).value).toBe('AVERAGE');
    expect(QUARTERS.map((q) => (within(second).getByLabelText(q.label) as HTMLInputElement).value)).toEqual([
      '12',
      '12',
      '12',
      '12',
    ]);
    // A ramp-up that averages to the annual target is fine; "Nilai terakhir" needs the last quarter at it.
    ['9', '12', '13', '14'].forEach((value, i) =>
      fireEvent.change(within(second).getByLabelText(QUARTERS[i]!.label), { target: { value } }),
    );
    expect(within(second).queryByText(/padahal target tahunan/)).toBeNull();
    fireEvent.change(within(second).getByLabelText('Cara penghitungan tahunan'), { target: { value: 'LAST' } });
    expect(within(second).getByText(/nilai subperiode terakhir 14, padahal target tahunan 12/)).toBeTruthy();
    expect(within(second).getByRole('status').textContent).toContain('12 · 12 · 12 · 12');
    expect(input()[0]!.targets[1]).toMatchObject({
      aggregation: 'LAST',
      periodicTargets: [9, 12, 13, 14].map((target, i) => ({ number: i + 1, target })),
    });
  });

  it('speaks English too, and shows no periodic targets for a period without sub-periods', () => {
    const { unmount } = render(
      <Harness
        initial={toDraft(planned, 4)}
        subPeriods={['Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4'].map((label, i) => ({ number: i + 1, label }))}
        language="en"
      />,
    );
    const periodic = screen.getByRole('group', { name: 'Periodic targets (action plan)' });
    expect(
      within(periodic)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Sum', 'Last value', 'Average']);
    expect(within(periodic).getByRole('button', { name: 'Split evenly, indicator 1.1' }).textContent).toBe(
      'Split evenly',
    );
    unmount();
    render(<Harness initial={toDraft(planned)} />);
    expect(screen.queryByRole('group', { name: 'Target periodik (rencana aksi)' })).toBeNull();
    expect(input()[0]!.targets[0]!.periodicTargets).toBeUndefined();
  });
});
