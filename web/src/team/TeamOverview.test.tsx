import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Language } from '../i18n/i18n';
import type { AnnualColumn } from './AnnualEvaluation';
import type { TeamOverviewData } from './model';
import { TeamOverview, type TeamOverviewProps } from './TeamOverview';

const overview: TeamOverviewData = {
  toApprove: [
    { id: 'plan-b', revision: 1, status: 'SUBMITTED', submittedAt: null, employee: { id: 'b', name: 'Budi' } },
  ],
  drafts: [
    {
      id: 'as-a3',
      status: 'DRAFT',
      employee: { id: 'a', name: 'Ani' },
      subPeriod: { id: 'q3', name: 'Triwulan III', nameEn: 'Quarter III' },
    },
  ],
  objections: [],
  members: [
    {
      id: 'a',
      name: 'Ani',
      position: 'Pengadministrasi',
      plan: { id: 'plan-a', revision: 1, status: 'APPROVED' },
      hasApprovedPlan: true,
      current: null,
      lastSubmittedId: 'as-a2',
    },
    {
      id: 'b',
      name: 'Budi',
      position: 'Pengolah Data',
      plan: { id: 'plan-b', revision: 1, status: 'SUBMITTED' },
      hasApprovedPlan: false,
      current: null,
      lastSubmittedId: null,
    },
  ],
  todoCount: 2,
};
const q4 = {
  id: 'q4',
  kind: 'QUARTER' as const,
  number: 4,
  name: 'Triwulan IV',
  nameEn: 'Quarter IV',
  startDate: '2026-10-01',
  endDate: '2026-12-31',
};

function renderOverview(props: Partial<TeamOverviewProps> = {}, language: Language = 'id') {
  return render(
    <I18nProvider language={language}>
      <MemoryRouter>
        <TeamOverview
          overview={overview}
          hasTeam
          currentSubPeriod={q4}
          startingId={null}
          startError={null}
          onStart={() => {}}
          {...props}
        />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('TeamOverview', () => {
  it('lists plans to approve, drafts to finish and says when no objection waits', () => {
    renderOverview();
    const plans = screen.getByRole('list', { name: 'Rencana kerja untuk disetujui' });
    const link = within(plans).getByRole('link', { name: 'Tinjau rencana Budi' });
    expect(link.getAttribute('href')).toBe('/tim/rencana/plan-b');
    expect(within(plans).getByText('Menunggu persetujuan')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lanjutkan penilaian Ani (Triwulan III)' }).getAttribute('href')).toBe(
      '/penilaian/as-a3',
    );
    expect(screen.getByText('Tidak ada keberatan yang menunggu keputusan.')).toBeTruthy();
  });

  it('offers to start an assessment only where an approved plan is in force', () => {
    const onStart = vi.fn();
    renderOverview({ onStart });
    fireEvent.click(screen.getByRole('button', { name: 'Mulai penilaian Ani' }));
    expect(onStart).toHaveBeenCalledWith('a');
    expect(screen.queryByRole('button', { name: 'Mulai penilaian Budi' })).toBeNull();
    expect(screen.getByText('Menunggu rencana kerja disetujui')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Umpan balik akhir: Ani' }).getAttribute('href')).toBe(
      '/tim/umpan-balik/as-a2',
    );
  });

  it('shows the server’s refusal next to the subordinate', () => {
    renderOverview({ startError: { memberId: 'a', message: 'Periode sudah ditutup.' } });
    expect(screen.getByRole('alert').textContent).toBe('Periode sudah ditutup.');
  });

  it('speaks English when chosen and hides the team table for HR', () => {
    renderOverview({ hasTeam: false }, 'en');
    expect(screen.getByRole('link', { name: 'Review the plan of Budi' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Assessments to finish')).toBeNull();
  });

  describe('the annual assessment', () => {
    const annual = (change: Partial<AnnualColumn> = {}): AnnualColumn => ({
      year: 2026,
      opensOn: '2027-01-01',
      open: false,
      startingId: null,
      error: null,
      onStart: () => {},
      ...change,
    });

    it('says when it opens and offers its start where an approved plan is in force', () => {
      const onStart = vi.fn();
      renderOverview({ annual: annual({ onStart }) });
      expect(
        screen.getByText('Penilaian tahunan 2026 dibuka mulai 1 Jan 2027; sampai saat itu nilailah per subperiode.'),
      ).toBeTruthy();
      expect(screen.getByRole('columnheader', { name: 'Penilaian tahunan 2026' })).toBeTruthy();
      const ani = screen.getByRole('row', { name: /Ani/ });
      expect(within(ani).getByText('Dibuka mulai 1 Jan 2027')).toBeTruthy();
      fireEvent.click(within(ani).getByRole('button', { name: 'Mulai penilaian tahunan Ani' }));
      expect(onStart).toHaveBeenCalledWith('a');
      expect(screen.queryByRole('button', { name: 'Mulai penilaian tahunan Budi' })).toBeNull();
    });

    it('shows the server’s refusal with the day it opens, next to the subordinate', () => {
      const message =
        'Penilaian tahunan 2026 baru dibuka mulai 1 Januari 2027; sampai saat itu nilailah per subperiode.';
      renderOverview({ annual: annual({ error: { memberId: 'a', message, opensOn: '2027-01-01' } }) });
      const alert = within(screen.getByRole('row', { name: /Ani/ })).getByRole('alert');
      expect(alert.textContent).toBe(message);
    });

    it('continues a started one, and words an open one in English', () => {
      const started: TeamOverviewData = {
        ...overview,
        members: [{ ...overview.members[0]!, annual: { id: 'as-a-y', status: 'DRAFT' } }],
      };
      renderOverview({ overview: started, annual: annual({ open: true, opensOn: '2026-10-01' }) }, 'en');
      expect(screen.getByText(/The annual assessment of 2026 has been open since 1 Oct 2026/)).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Continue the annual assessment' }).getAttribute('href')).toBe(
        '/penilaian/as-a-y',
      );
    });
  });
});
