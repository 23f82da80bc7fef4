import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { graphqlAs, signIn, type FormIndicator } from './support/session';

const app = runningApp();

/** Answers every visible, unanswered indicator of a form rendered inside `scope`. */
async function fillForm(scope: Locator, indicators: FormIndicator[]) {
  for (const indicator of indicators) {
    const field = scope.locator(`fieldset[data-indicator="${indicator.key}"]`);
    if ((await field.count()) === 0) continue; // hidden by a visibility condition
    switch (indicator.kind) {
      case 'TARGET':
        await field.getByRole('spinbutton').fill(String(indicator.target));
        break;
      case 'YES_NO':
        await field.getByRole('radio', { name: 'Tidak' }).check();
        break;
      case 'EXPECTATION':
        await field.getByRole('radio', { name: 'Sesuai Ekspektasi' }).check();
        break;
      case 'SCALE':
      case 'CHOICE':
        await field.getByRole('radio').last().check();
        break;
      case 'NUMBER':
        await field.getByRole('spinbutton').fill(String(indicator.min ?? 1));
        break;
      case 'TEXT':
        await field.getByRole('textbox').fill('Saya melayani warga dengan cepat.');
        break;
      case 'EVIDENCE':
        await field.getByLabel('Tautan bukti (http/https)').fill('https://arsip.example.go.id/bukti-diri');
        break;
    }
  }
}

describe('reopening and the self-assessment', () => {
  it('lets HR reopen a submitted assessment with a reason, after which it is a draft again', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'hr');
    const data = await graphqlAs<{
      assessments: { edges: { node: { id: string; employee: { name: string } } }[] };
      objections: { edges: { node: { assessment: { id: string } } }[] };
    }>(
      page,
      app.server.url,
      `{ assessments(filter: { status: SUBMITTED }, first: 50) { edges { node { id employee { name } } } }
         objections(first: 100) { edges { node { assessment { id } } } } }`,
    );
    // An assessment someone objected to is never reopened (PP 30/2019: a decided objection is final).
    const objected = new Set(data.objections.edges.map((edge) => edge.node.assessment.id));
    const chosen = data.assessments.edges
      .map((edge) => edge.node)
      .find((node) => !objected.has(node.id) && !node.employee.name.startsWith('Maya'))!;
    expect(chosen).toBeTruthy();

    await page.goto(`${app.server.url}/penilaian/${chosen.id}`);
    await page.getByRole('heading', { level: 1, name: `Penilaian kinerja: ${chosen.employee.name}` }).waitFor();
    await page.getByText('Terkirim (terkunci)').waitFor();
    const section = page.getByRole('region', { name: 'Buka kembali penilaian' });
    await section.getByRole('button', { name: 'Buka kembali' }).click();
    await section.getByText('Tuliskan alasan pembukaan kembali.').waitFor();
    await section.getByLabel(/Alasan pembukaan kembali/).fill('Realisasi triwulan salah dicatat; perlu dinilai ulang.');
    await section.getByRole('button', { name: 'Buka kembali' }).click();

    await page.getByText('Penilaian telah dibuka kembali dan kini berstatus draf.').waitFor();
    await page.locator('.assessment-status-draft').getByText('Draf').waitFor();
    expect(await page.getByRole('region', { name: 'Buka kembali penilaian' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Hasil penilaian' }).count()).toBe(0);

    const stored = await graphqlAs<{ assessment: { status: string; predikat: string | null } }>(
      page,
      app.server.url,
      'query($id: ID!) { assessment(id: $id) { status predikat } }',
      {
        id: chosen.id,
      },
    );
    expect(stored.assessment).toEqual({ status: 'DRAFT', predikat: null });
    await page.close();
  });

  it('lets maya open one of her assessments from Hasil Saya, fill and submit her self-assessment, which then is read-only', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'maya', '/saya');
    const card = page.getByRole('article').filter({ hasText: 'Selesai dinilai' }).first();
    await card.waitFor();
    await card.getByRole('link', { name: 'Isi penilaian diri' }).click();
    await page.waitForURL(/\/penilaian\/[^/]+#penilaian-diri$/);
    const assessmentId = new URL(page.url()).pathname.split('/').pop()!;

    const tab = page.getByRole('tab', { name: 'Penilaian diri' });
    await tab.waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel', { name: 'Penilaian diri' });

    // Submitting an empty self-assessment is blocked before anything is sent.
    await panel.getByRole('button', { name: 'Kirim penilaian diri' }).click();
    await panel.getByText(/Penilaian diri belum lengkap atau belum valid/).waitFor();

    const { assessment } = await graphqlAs<{ assessment: { sections: { indicators: FormIndicator[] }[] } }>(
      page,
      app.server.url,
      `query($id: ID!) { assessment(id: $id) { sections { indicators { key kind required ... on TargetIndicator { target } ... on NumberIndicator { min } } } } }`,
      { id: assessmentId },
    );
    await fillForm(
      panel,
      assessment.sections.flatMap((section) => section.indicators),
    );
    await panel.getByRole('button', { name: 'Simpan draf' }).click();
    await panel.getByText('Draf penilaian diri tersimpan.').waitFor();
    await panel
      .getByRole('complementary', { name: 'Skor sementara' })
      .getByText(/indikator wajib terisi \(100 %\)/)
      .waitFor();

    await panel.getByRole('button', { name: 'Kirim penilaian diri' }).click();
    await panel.getByText(/^Penilaian diri dikirim /).waitFor();
    expect(await panel.getByRole('button', { name: 'Kirim penilaian diri' }).count()).toBe(0);

    // The supervisor's part is unchanged and apart.
    await page.getByRole('tab', { name: 'Penilaian atasan' }).click();
    await page.getByRole('region', { name: 'Hasil penilaian' }).waitFor();

    const stored = await graphqlAs<{
      assessment: { status: string; selfSubmittedAt: string | null; selfAnswers: unknown[] | null };
    }>(
      page,
      app.server.url,
      'query($id: ID!) { assessment(id: $id) { status selfSubmittedAt selfAnswers { indicatorKey } } }',
      { id: assessmentId },
    );
    expect(stored.assessment.status).toBe('SUBMITTED');
    expect(stored.assessment.selfSubmittedAt).not.toBeNull();
    expect(stored.assessment.selfAnswers?.length).toBeGreaterThan(0);

    // Back on Hasil Saya the link now only shows it.
    await page.goto(`${app.server.url}/saya`);
    await page.getByRole('link', { name: 'Lihat penilaian diri' }).first().waitFor();
    await page.close();
  });
});
