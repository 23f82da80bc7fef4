import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { graphqlAs, signIn } from './support/session';

const app = runningApp();

// SE MenPANRB 3/2023: HR records each unit's capaian kinerja organisasi per sub-period (on behalf of the head above);
// the dashboard checks the curve against the guideline row of that capaian, and a unit head's suggested rating hasil
// kerja follows it.
describe('the capaian kinerja organisasi', () => {
  it('lets HR record Kelurahan Bukit Sari’s fourth quarter on the unit dashboard, with a note, and shows it in force and in the history', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'hr');
    await page.getByRole('navigation').getByRole('link', { name: 'Dasbor Unit' }).click();
    await page.getByRole('heading', { name: 'Sebaran predikat' }).waitFor();
    await page.getByLabel('Unit kerja').selectOption({ label: '\u00a0\u00a0Kelurahan Bukit Sari' });
    await page.getByLabel('Subperiode').selectOption({ label: 'Triwulan IV 2026' });
    const panel = page.getByRole('region', { name: 'Capaian kinerja organisasi' });
    await panel
      .getByText(
        'Capaian kinerja organisasi untuk Kelurahan Bukit Sari, Triwulan IV 2026 belum dicatat; tidak ada harapan distribusi.',
      )
      .waitFor();
    await page
      .getByText('Tanpa capaian kinerja organisasi untuk subperiode ini, sebaran tidak dibandingkan dengan pedoman.')
      .waitFor();
    await panel.getByText('Belum ada pencatatan untuk unit dan subperiode ini.').waitFor();

    await panel.getByRole('combobox', { name: /^Capaian/ }).selectOption('BAIK');
    await panel.getByLabel('Catatan (opsional)').fill('Ditetapkan Camat Gerunggang untuk triwulan IV.');
    await panel.getByRole('button', { name: 'Catat capaian' }).click();
    await panel.getByRole('status').getByText('Capaian Baik tercatat.').waitFor();
    await panel.locator('.org-rating-in-force').getByText('Baik', { exact: true }).waitFor();
    await panel
      .locator('.rating-history li')
      .filter({ hasText: '(berlaku)' })
      .getByText('Ditetapkan Camat Gerunggang untuk triwulan IV.')
      .waitFor();
    await page
      .getByRole('heading', { name: 'Pedoman untuk capaian kinerja organisasi Baik (SE MenPANRB 3/2023)' })
      .waitFor();
    await page.locator('.guideline-table summary').click();
    await page
      .getByRole('row', { name: /^Sangat Kurang/ })
      .getByText(/Tidak ada pegawai Sangat Baik/)
      .waitFor();

    // The year was recorded by the seed, corrected once in the third quarter: two recordings there.
    await page.getByLabel('Subperiode').selectOption({ label: 'Triwulan III 2026' });
    await panel.locator('.rating-history li').nth(1).waitFor();
    expect(await panel.locator('.rating-history li').count()).toBe(2);
    await page.close();
  });

  it('preselects the lurah’s suggested rating hasil kerja from it on the camat’s assessment form, and makes a departure need a reason', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'camat');
    const data = await graphqlAs<{
      viewer: { employeeId: string };
      periods: { nodes: { subPeriods: { id: string; kind: string; number: number }[] }[] };
    }>(
      page,
      app.server.url,
      '{ viewer { employeeId } periods(filter: { state: [OPEN] }) { nodes { subPeriods { id kind number } } } }',
    );
    const { employee } = await graphqlAs<{ employee: { subordinates: { id: string; position: string }[] } }>(
      page,
      app.server.url,
      'query($me: ID!) { employee(id: $me) { subordinates { id position } } }',
      { me: data.viewer.employeeId },
    );
    const lurah = employee.subordinates.find((e) => e.position === 'Lurah Bukit Sari')!;
    const q4 = data.periods.nodes[0]!.subPeriods.find((s) => s.kind === 'QUARTER' && s.number === 4)!;
    const { startAssessment } = await graphqlAs<{ startAssessment: { assessment: { id: string } } }>(
      page,
      app.server.url,
      'mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { assessment { id } } }',
      { input: { employeeId: lurah.id, subPeriodId: q4.id } },
    );
    await page.goto(`${app.server.url}/penilaian/${startAssessment.assessment.id}`);
    await page.getByText('Disarankan: Sesuai Ekspektasi — mengikuti capaian kinerja organisasi Baik').waitFor();
    const work = page.getByLabel(/^Rating hasil kerja/);
    expect(await work.inputValue()).toBe('MEETS');
    expect(await work.locator('option:checked').textContent()).toBe('Sesuai Ekspektasi (disarankan)');
    // Departing from the suggestion makes the reason required.
    expect(await page.locator('.submit-section .required-mark').count()).toBe(0);
    await work.selectOption('ABOVE');
    await page.locator('.submit-section .required-mark').waitFor();
    await page.close();
  });
});
