import {
  assessmentForm,
  exampleAnswers,
  exampleDefinition,
  planTargetKey,
  PREDIKAT_LABELS,
  scoreAnswers,
  type AnswerSet,
  type PlanResult,
  type TemplateDefinition,
} from '@kinerja/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Language } from '../i18n/i18n';
import { definitionFromApi, definitionToApi } from './definition-from-api';
import { FormRenderer, type TargetScope } from './FormRenderer';
import { ScorePanel } from './ScorePanel';
import { formatScore } from '../common/format';

/** The form as a page uses it: the answers live in state, the score panel beside the form. */
function Harness(props: {
  form?: TemplateDefinition;
  initial?: AnswerSet;
  readOnly?: boolean;
  problems?: Record<string, string[]>;
  onAnswers?: (answers: AnswerSet) => void;
  targetScope?: TargetScope;
}) {
  const [answers, setAnswers] = useState<AnswerSet>(props.initial ?? {});
  const form = props.form ?? exampleDefinition();
  return (
    <>
      <FormRenderer
        form={form}
        answers={answers}
        readOnly={props.readOnly}
        problems={props.problems}
        targetScope={props.targetScope}
        onChange={(key, value) =>
          setAnswers((previous) => {
            const next = { ...previous, [key]: value };
            props.onAnswers?.(next);
            return next;
          })
        }
      />
      <ScorePanel form={form} answers={answers} />
    </>
  );
}

const renderIn = (ui: React.ReactElement, language: Language = 'id') =>
  render(<I18nProvider language={language}>{ui}</I18nProvider>);
const group = (name: RegExp | string) => screen.getByRole('group', { name });
const panel = () => screen.getByRole('complementary', { name: /Skor sementara|Live score/ });
const panelValue = (name: string) => within(panel()).getByText(name).parentElement!.querySelector('dd')!.textContent;

describe('FormRenderer', () => {
  it('renders every indicator kind with its own input and marks the required ones', () => {
    renderIn(<Harness />);
    // target: realisation input with target, unit and direction; live achievement
    const target = group(/Persentase siswa yang tuntas KKM/);
    expect(within(target).getByText(/Target: 85 %/).textContent).toContain('makin tinggi makin baik');
    fireEvent.change(within(target).getByRole('spinbutton', { name: /Realisasi \(%\)/ }), { target: { value: '90' } });
    expect(within(target).getByText('Capaian: 105,88 %')).toBeTruthy();
    // lower is better, target 0
    expect(within(group(/Keterlambatan pengumpulan nilai rapor/)).getByText(/makin rendah makin baik/)).toBeTruthy();
    // scale: a radio per rubric level
    const scale = group(/Membuka pelajaran/);
    expect(
      within(scale)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')!.textContent),
    ).toEqual(['Tidak dilakukan', 'Dilakukan, belum efektif', 'Dilakukan dan efektif']);
    fireEvent.click(within(scale).getByRole('radio', { name: 'Dilakukan dan efektif' }));
    expect((within(scale).getByRole('radio', { name: 'Dilakukan dan efektif' }) as HTMLInputElement).checked).toBe(
      true,
    );
    // expectation: Di Bawah / Sesuai / Di Atas with BerAKHLAK guidance
    const akuntabel = group(/^Akuntabel/);
    expect(
      within(akuntabel)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')!.textContent),
    ).toEqual(['Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Di Atas Ekspektasi']);
    expect(within(akuntabel).getByText('Panduan perilaku')).toBeTruthy();
    // yes/no
    const yesNo = group(/Melaksanakan tugas tambahan/);
    fireEvent.click(within(yesNo).getByRole('radio', { name: 'Tidak' }));
    expect((within(yesNo).getByRole('radio', { name: 'Tidak' }) as HTMLInputElement).checked).toBe(true);
    // multiple choice: checkboxes
    const rekomendasi = group(/Rekomendasi pengembangan/);
    fireEvent.click(within(rekomendasi).getByRole('checkbox', { name: 'Mentoring' }));
    fireEvent.click(within(rekomendasi).getByRole('checkbox', { name: 'Pelatihan' }));
    expect(
      within(rekomendasi)
        .getAllByRole('checkbox')
        .filter((box) => (box as HTMLInputElement).checked),
    ).toHaveLength(2);
    // text with a counter
    const kekuatan = screen.getByRole('textbox', { name: /^Kekuatan/ });
    fireEvent.change(kekuatan, { target: { value: 'Teliti' } });
    expect(screen.getByText('6 dari 2000 karakter')).toBeTruthy();
    // evidence: url and note
    const evidence = group(/^Bukti dukung/);
    expect(within(evidence).getByLabelText('Tautan bukti (http/https)')).toBeTruthy();
    expect(within(evidence).getByLabelText('Catatan bukti')).toBeTruthy();
    // required marker; the optional multiple choice has none
    expect(group(/Bukti dukung/).querySelector('legend')!.textContent).toContain('(wajib)');
    expect(rekomendasi.querySelector('legend')!.textContent).not.toContain('(wajib)');
  });

  it('shows and hides indicators by their visibility condition', () => {
    renderIn(<Harness />);
    const label = /Jumlah jam pelajaran \(JP\) pelatihan/;
    expect(screen.queryByRole('group', { name: label })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Mengikuti pelatihan' }));
    expect(group(label)).toBeTruthy();
    expect(within(group(label)).getByText('Rentang 1–200')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Tidak mengikuti' }));
    expect(screen.queryByRole('group', { name: label })).toBeNull();
    // a multiple choice controller: "lainnya" selected shows the extra text
    expect(screen.queryByRole('textbox', { name: /Rekomendasi lainnya/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lainnya' }));
    expect(screen.getByRole('textbox', { name: /Rekomendasi lainnya/ })).toBeTruthy();
  });

  it('marks invalid answers in place with the rules’ message, and shows server problems', () => {
    renderIn(<Harness initial={{ pengembangan_kompetensi: 'peserta' }} problems={{ kekuatan: ['Ditolak server.'] }} />);
    const jam = group(/Jumlah jam pelajaran/);
    const input = within(jam).getByRole('spinbutton');
    fireEvent.change(input, { target: { value: '500' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(within(jam).getByText(/melebihi batas atas 200/)).toBeTruthy();
    fireEvent.change(input, { target: { value: '40' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();

    const evidence = group(/^Bukti dukung/);
    fireEvent.change(within(evidence).getByLabelText('Tautan bukti (http/https)'), {
      target: { value: 'ftp://arsip' },
    });
    expect(within(evidence).getByText(/harus alamat web yang diawali http/)).toBeTruthy();
    expect(evidence.className).toContain('invalid');

    const kekuatan = group(/^Kekuatan/);
    expect(within(kekuatan).getByText('Ditolak server.')).toBeTruthy();
    expect(within(kekuatan).getByRole('textbox').getAttribute('aria-describedby')).toContain('error');
  });

  it('shows the messages and labels in English', () => {
    renderIn(<Harness initial={{ pengembangan_kompetensi: 'peserta', jam_pelatihan: 0 }} />, 'en');
    expect(group(/Training hours \(JP\)/)).toBeTruthy();
    expect(screen.getByText(/is below the minimum of 1/)).toBeTruthy();
    expect(within(group(/^Accountable/)).getByRole('radio', { name: 'Meets expectations' })).toBeTruthy();
  });

  it('shows answers without editing when read-only', () => {
    renderIn(<Harness initial={exampleAnswers()} readOnly />);
    expect((screen.getByRole('radio', { name: 'Mengikuti pelatihan' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Mengikuti pelatihan' }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('textbox', { name: /^Kekuatan/ }) as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.getByRole('link', { name: 'https://drive.example.go.id/bukti/2025' })).toBeTruthy();
  });
});

describe('ScorePanel', () => {
  it('shows exactly the numbers of scoreAnswers, and follows the answers live', () => {
    const form = exampleDefinition();
    const answers = exampleAnswers();
    let latest: AnswerSet = answers;
    renderIn(<Harness initial={answers} onAnswers={(next) => (latest = next)} />);
    const expected = scoreAnswers(form, answers);
    expect(panelValue('Hasil kerja')).toBe(
      `${formatScore(expected.workResults.score, 'id')} · disarankan: Sesuai Ekspektasi`,
    );
    expect(panelValue('Hasil kerja')).toContain('89,64');
    expect(panelValue('Perilaku kerja')).toContain('102,86');
    expect(panelValue('Predikat yang disarankan')).toBe(PREDIKAT_LABELS.BAIK.id);
    expect(panelValue('Kelengkapan')).toContain('19 dari 19 indikator wajib terisi (100 %)');
    const sectionRow = within(panel()).getByRole('row', { name: /Observasi Pembelajaran di Kelas/ });
    expect(within(sectionRow).getAllByRole('cell')[0]!.textContent).toBe(
      formatScore(expected.sections[1]!.score, 'id'),
    );

    // Every BerAKHLAK value "Di Atas": behaviour suggests Di Atas; the predikat follows.
    for (const name of ['Berorientasi Pelayanan', 'Akuntabel', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']) {
      fireEvent.click(within(group(new RegExp(`^${name}`))).getByRole('radio', { name: 'Di Atas Ekspektasi' }));
    }
    const now = scoreAnswers(form, latest);
    expect(now.behaviour.rating).toBe('ABOVE');
    expect(panelValue('Perilaku kerja')).toBe(
      `${formatScore(now.behaviour.score, 'id')} · disarankan: Di Atas Ekspektasi`,
    );
    expect(panelValue('Predikat yang disarankan')).toBe(PREDIKAT_LABELS[now.predikat!].id);

    // Clearing a required answer lowers the completeness.
    fireEvent.change(screen.getByRole('textbox', { name: /^Kekuatan/ }), { target: { value: '' } });
    expect(panelValue('Kelengkapan')).toContain(`${scoreAnswers(form, latest).completeness.answeredRequired} dari 19`);
  });

  it('waits for both ratings before suggesting a predikat', () => {
    renderIn(<Harness initial={{}} />);
    expect(panelValue('Predikat yang disarankan')).toBe('Muncul setelah hasil kerja dan perilaku kerja dinilai.');
    expect(panelValue('Hasil kerja')).toBe('— · belum ada saran');
  });
});

describe('FormRenderer: the target each realisation is scored against', () => {
  // An employee's plan: 12 documents a year, split into the default 3 per quarter (rencana aksi).
  const plan: PlanResult[] = [
    {
      id: 'r1',
      kind: 'MAIN',
      title: 'Dokumen administrasi kependudukan terselesaikan',
      targets: [
        {
          id: 't1',
          label: 'Jumlah dokumen selesai',
          aspect: 'quantity',
          target: 12,
          unit: 'dokumen',
          direction: 'higherIsBetter',
        },
      ],
    },
  ];
  /** The form as the page gets it: built by the shared rules, through the API's shape. */
  const viaApi = (form: TemplateDefinition) => {
    const api = definitionToApi(form);
    return definitionFromApi(api.sections, api.ratingThresholds);
  };
  const periodic = viaApi(assessmentForm(exampleDefinition(), plan, { kind: 'periodic', number: 1, count: 4 }));
  const annual = viaApi(assessmentForm(exampleDefinition(), plan, { kind: 'annual' }));
  const documents = () => group(/Jumlah dokumen selesai/);

  it('names the sub-period’s target beside the input in a periodic form, with the annual one, and scores against it', () => {
    renderIn(<Harness form={periodic} targetScope={{ kind: 'periodic', subPeriodName: 'Triwulan I' }} />);
    const meta = within(documents()).getByText(/^Target Triwulan I: 3 dokumen \(tahunan 12\)/);
    expect(meta.textContent).toBe('Target Triwulan I: 3 dokumen (tahunan 12) · makin tinggi makin baik · Kuantitas');
    const input = within(documents()).getByRole('spinbutton');
    expect(input.getAttribute('aria-describedby')).toContain(meta.id);
    // On track in Q1 (3 of 12) meets the quarter's target.
    fireEvent.change(input, { target: { value: '3' } });
    expect(within(documents()).getByText('Capaian: 100 %')).toBeTruthy();
    expect(
      periodic.sections.flatMap((s) => s.indicators).find((i) => i.key === planTargetKey({ id: 't1' })),
    ).toMatchObject({ target: 3, annualTarget: 12, aggregation: 'sum' });
  });

  it('names the annual target and how the year adds up in the annual form, and speaks English', () => {
    const { unmount } = renderIn(<Harness form={annual} targetScope={{ kind: 'annual' }} />);
    expect(within(documents()).getByText(/^Target tahunan: 12 dokumen/).textContent).toBe(
      'Target tahunan: 12 dokumen · realisasi tahunan = jumlah realisasi periodik · makin tinggi makin baik · Kuantitas',
    );
    fireEvent.change(within(documents()).getByRole('spinbutton'), { target: { value: '3' } });
    expect(within(documents()).getByText('Capaian: 25 %')).toBeTruthy();
    unmount();
    renderIn(<Harness form={periodic} targetScope={{ kind: 'periodic', subPeriodName: 'Quarter 1' }} />, 'en');
    expect(within(documents()).getByText(/^Target Quarter 1: 3 dokumen \(annual 12\)/)).toBeTruthy();
  });

  it('keeps the plain target line where no evaluation is named (the template preview)', () => {
    renderIn(<Harness form={annual} />);
    expect(within(documents()).getByText(/^Target: 12 dokumen · makin tinggi/)).toBeTruthy();
  });
});
