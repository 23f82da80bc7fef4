import { exampleAnswers, exampleDefinition, type AnswerSet } from '@kinerja/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { SelfAssessmentPanel } from './SelfAssessmentPanel';

const renderPanel = (props: Partial<React.ComponentProps<typeof SelfAssessmentPanel>>) =>
  render(
    <I18nProvider language="id">
      <SelfAssessmentPanel form={exampleDefinition()} initialAnswers={{}} submittedAt={null} {...props} />
    </I18nProvider>,
  );

describe('SelfAssessmentPanel', () => {
  it('blocks submitting while required answers are missing, but saves a partial draft', async () => {
    const onSave = vi.fn<(answers: AnswerSet, submit: boolean) => Promise<void>>().mockResolvedValue(undefined);
    renderPanel({ onSave, initialAnswers: { ketuntasan_belajar: { realisation: 90 } } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penilaian diri' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Penilaian diri belum lengkap atau belum valid: \d+ isian ditandai\.$/,
    );
    expect(document.querySelectorAll('.indicator.invalid').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(onSave).toHaveBeenCalledWith({ ketuntasan_belajar: { realisation: 90 } }, false);
    expect(await screen.findByText('Draf penilaian diri tersimpan.')).toBeTruthy();
  });

  it('submits a complete self-assessment and keeps the input when the server refuses', async () => {
    const onSave = vi
      .fn<(answers: AnswerSet, submit: boolean) => Promise<void>>()
      .mockRejectedValue(new Error('Penilaian diri sudah dikirim.'));
    renderPanel({ onSave, initialAnswers: exampleAnswers() });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penilaian diri' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![1]).toBe(true);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Penilaian diri belum tersimpan: Penilaian diri sudah dikirim.',
    );
    const target = screen.getByRole('group', { name: /Persentase siswa yang tuntas KKM/ });
    expect((within(target).getByRole('spinbutton') as HTMLInputElement).value).toBe('90');
  });

  it('is read-only once submitted, with its own score panel', () => {
    renderPanel({ onSave: vi.fn(), initialAnswers: exampleAnswers(), submittedAt: '2026-10-05T08:00:00.000Z' });
    expect(screen.getByText(/^Penilaian diri dikirim 5 Oktober 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kirim penilaian diri' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Simpan draf' })).toBeNull();
    const target = screen.getByRole('group', { name: /Persentase siswa yang tuntas KKM/ });
    const input = within(target).getByRole('spinbutton') as HTMLInputElement;
    expect(input.readOnly || input.disabled).toBe(true);
    expect(screen.getByRole('complementary', { name: 'Skor sementara' })).toBeTruthy();
  });
});
