import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JobFamiliesQuery } from '../gql/graphql';
import { I18nProvider } from '../i18n/i18n';
import { FamilyList } from './FamilyList';

const families: JobFamiliesQuery['jobFamilies'] = [
  {
    id: 'f1',
    code: 'guru',
    name: 'Guru',
    nameEn: 'Teacher',
    description: 'Guru sekolah dasar',
    templates: [
      {
        id: 't1',
        name: 'Penilaian Guru',
        versions: [
          { id: 'v2', number: 2, status: 'DRAFT' },
          { id: 'v1', number: 1, status: 'PUBLISHED' },
        ],
      },
    ],
  },
  { id: 'f2', code: 'perawat', name: 'Perawat', nameEn: 'Nurse', description: null, templates: [] },
];

describe('FamilyList', () => {
  it('shows each family with its template versions in Bahasa Indonesia', () => {
    render(
      <I18nProvider language="id">
        <FamilyList families={families} />
      </I18nProvider>,
    );
    const list = screen.getByRole('list', { name: 'Rumpun jabatan' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Guru', 'Perawat']);
    expect(screen.getByText('Versi 1 · PUBLISHED')).toBeTruthy();
    expect(screen.getByText('Versi 2 · DRAFT')).toBeTruthy();
    expect(screen.getByText('Belum ada templat.')).toBeTruthy();
  });

  it('uses the English names when English is chosen', () => {
    render(
      <I18nProvider language="en">
        <FamilyList families={families} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Teacher', 'Nurse']);
    expect(screen.getByText('No templates yet.')).toBeTruthy();
  });
});
