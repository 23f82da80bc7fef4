import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { graphqlAs, signIn, type FormIndicator } from './support/session';

const app = runningApp();

/** A draft of the lurah's: one of his Q3 drafts if the seed left any, otherwise Q4 for maya, started now. */
async function draftOfTheLurah(page: Page): Promise<string> {
  const { viewer } = await graphqlAs<{ viewer: { employeeId: string } }>(
    page,
    app.server.url,
    '{ viewer { employeeId } }',
  );
  const drafts = await graphqlAs<{ assessments: { edges: { node: { id: string } }[] } }>(
    page,
    app.server.url,
    'query($me: ID!) { assessments(filter: { status: DRAFT, assessorId: [$me] }) { edges { node { id } } } }',
    { me: viewer.employeeId },
  );
  if (drafts.assessments.edges[0]) return drafts.assessments.edges[0].node.id;
  const data = await graphqlAs<{
    employee: { subordinates: { id: string; name: string }[] };
    periods: { nodes: { subPeriods: { id: string; kind: string; number: number }[] }[] };
  }>(
    page,
    app.server.url,
    'query($me: ID!) { employee(id: $me) { subordinates { id name } } periods(filter: { state: [OPEN] }) { nodes { subPeriods { id kind number } } } }',
    { me: viewer.employeeId },
  );
  const maya = data.employee.subordinates.find((employee) => employee.name.startsWith('Maya'))!;
  const q4 = data.periods.nodes[0]!.subPeriods.find((sub) => sub.kind === 'QUARTER' && sub.number === 4)!;
  const started = await graphqlAs<{ startAssessment: { assessment: { id: string } } }>(
    page,
    app.server.url,
    'mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { assessment { id } } }',
    { input: { employeeId: maya.id, subPeriodId: q4.id } },
  );
  return started.startAssessment.assessment.id;
}

describe('the assessment form', () => {
  let assessmentId = '';

  it('lets the lurah fill a draft with a live score, autosaves it (keeping his input through a conflict), and submits it, which locks it', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'lurah.bukitsari');
    assessmentId = await draftOfTheLurah(page);
    const { assessment } = await graphqlAs<{
      assessment: {
        employee: { name: string };
        sections: { indicators: FormIndicator[] }[];
        answers: { indicatorKey: string }[];
      };
    }>(
      page,
      app.server.url,
      `query($id: ID!) { assessment(id: $id) { employee { name } answers { indicatorKey }
        sections { indicators { key kind required ... on TargetIndicator { target } ... on NumberIndicator { min } } } } }`,
      { id: assessmentId },
    );
    await page.goto(`${app.server.url}/penilaian/${assessmentId}`);
    await page.getByRole('heading', { level: 1, name: `Penilaian kinerja: ${assessment.employee.name}` }).waitFor();

    const answered = new Set(assessment.answers.map((answer) => answer.indicatorKey));
    for (const indicator of assessment.sections.flatMap((section) => section.indicators)) {
      if (answered.has(indicator.key)) continue;
      const field = page.locator(`fieldset[data-indicator="${indicator.key}"]`);
      if ((await field.count()) === 0) continue; // hidden by a visibility condition
      switch (indicator.kind) {
        case 'TARGET':
          // Scored against the quarter's own target (rencana aksi), with the annual one beside it.
          await field.getByText(/^Target Triwulan (I|II|III|IV): [\d.,]+ .+ \(tahunan [\d.,]+\)/).waitFor();
          await field.getByRole('spinbutton').fill(String(indicator.target));
          await field.getByText('Capaian: 100 %').waitFor();
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
          await field.getByRole('textbox').fill('Pelayanan warga cepat dan ramah.');
          break;
        case 'EVIDENCE':
          await field.getByLabel('Tautan bukti (http/https)').fill('https://arsip.example.go.id/bukti-q');
          break;
      }
    }

    const panel = page.getByRole('complementary', { name: 'Skor sementara' });
    await panel.getByText(/indikator wajib terisi \(100 %\)/).waitFor();
    expect(await panel.locator('[data-score="predikat"] dd').textContent()).toBe('Baik');
    expect(await panel.locator('[data-score="workResults"] dd').textContent()).toContain(
      'disarankan: Sesuai Ekspektasi',
    );
    await page.getByRole('status').getByText('Tersimpan').waitFor({ timeout: 15_000 });

    // The draft survives a reload: autosave stored it.
    await page.reload();
    await panel.getByText(/indikator wajib terisi \(100 %\)/).waitFor();

    // Someone saves in between (another tab): the next autosave meets a CONFLICT, the input stays.
    const saved = await graphqlAs<{ assessment: { answers: { indicatorKey: string; value: unknown }[] } }>(
      page,
      app.server.url,
      'query($id: ID!) { assessment(id: $id) { answers { indicatorKey value } } }',
      { id: assessmentId },
    );
    await graphqlAs(
      page,
      app.server.url,
      'mutation($input: SaveAssessmentDraftInput!) { saveAssessmentDraft(input: $input) { assessment { lockVersion } } }',
      {
        input: { assessmentId, answers: saved.assessment.answers },
      },
    );
    const strengths = page.locator('fieldset[data-indicator="kekuatan"] textarea');
    await strengths.fill('Teliti, cepat, dan ramah melayani warga.');
    await page.getByRole('alert').getByText('Penilaian ini diubah di tempat lain').waitFor({ timeout: 15_000 });
    expect(await strengths.inputValue()).toBe('Teliti, cepat, dan ramah melayani warga.');
    await page.getByRole('button', { name: 'Simpan isian saya' }).click();
    await page.getByRole('status').getByText('Tersimpan').waitFor({ timeout: 15_000 });

    expect(await page.getByLabel('Rating hasil kerja').inputValue()).toBe('MEETS');
    expect(await page.getByLabel('Rating perilaku kerja').inputValue()).toBe('MEETS');
    await page.getByText('Predikat kinerja: Baik').waitFor();
    await page.getByRole('button', { name: 'Kirim dan kunci penilaian' }).click();

    const result = page.getByRole('region', { name: 'Hasil penilaian' });
    await result.waitFor();
    await page.getByText('Terkirim (terkunci)').waitFor();
    expect(await result.getByText('Baik', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Kirim dan kunci penilaian' }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Sesuai Ekspektasi' }).first().isDisabled()).toBe(true);

    const stored = await graphqlAs<{ assessment: { status: string; predikat: string } }>(
      page,
      app.server.url,
      'query($id: ID!) { assessment(id: $id) { status predikat } }',
      {
        id: assessmentId,
      },
    );
    expect(stored.assessment).toEqual({ status: 'SUBMITTED', predikat: 'BAIK' });
    await page.close();
  });

  it('tells another team’s lurah that the assessment cannot be opened', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'lurah.tamanbunga', `/penilaian/${assessmentId}`);
    await page
      .getByRole('heading', { name: 'Penilaian tidak ditemukan, atau Anda tidak berhak membukanya.' })
      .waitFor();
    await page.close();
  });

  it(
    'tells the lurah when the annual assessment opens, with the server’s refusal before it does, and shows maya’s periodic results above her annual form',
    { timeout: 90_000 },
    async () => {
      const hr = await app.browser.newPage();
      await signIn(hr, app.server.url, 'hr');
      const { periods } = await graphqlAs<{ periods: { nodes: { id: string }[] } }>(
        hr,
        app.server.url,
        '{ periods(filter: { state: [OPEN] }) { nodes { id } } }',
      );
      const periodId = periods.nodes[0]!.id;
      const opening = (annualEvaluationOpens: string) =>
        graphqlAs(
          hr,
          app.server.url,
          'mutation($input: UpdatePeriodInput!) { updatePeriod(input: $input) { period { id } } }',
          { input: { periodId, annualEvaluationOpens } },
        );
      // HR decides this year's annual evaluation waits for the end of the period.
      await opening('AFTER_PERIOD_END');

      const page = await app.browser.newPage();
      await signIn(page, app.server.url, 'lurah.bukitsari');
      await page.getByRole('navigation').getByRole('link', { name: 'Tim Saya' }).click();
      // The demo year is 2026; once 2027 has begun in WIB, the period has ended and the evaluation is open anyway.
      if (Date.now() < Date.parse('2027-01-01T00:00:00+07:00')) {
        await page
          .getByText(/^Penilaian tahunan 2026 dibuka mulai 1 Jan 2027; sampai saat itu nilailah per subperiode\.$/)
          .waitFor();
        const maya = page.getByRole('row', { name: /^Maya/ });
        await maya.getByRole('button', { name: /^Mulai penilaian tahunan Maya/ }).click();
        const refusal = maya.getByRole('alert');
        await refusal
          .getByText(
            /^Penilaian tahunan 2026 baru dibuka mulai 1 Januari 2027; sampai saat itu nilailah per subperiode\.$/,
          )
          .waitFor();
      }

      // From the last quarter on (HR's default), it opens.
      await opening('LAST_SUB_PERIOD');
      await hr.close();
      await page.reload();
      await page.getByText(/^Penilaian tahunan 2026 dibuka sejak 1 Okt 2026/).waitFor();
      await page
        .getByRole('row', { name: /^Maya/ })
        .getByRole('button', { name: /^Mulai penilaian tahunan Maya/ })
        .click();
      await page.getByRole('heading', { level: 1, name: /^Penilaian kinerja: Maya/ }).waitFor();

      const periodic = page.getByRole('region', { name: 'Hasil penilaian periodik tahun ini' }).first();
      const rows = periodic.getByRole('row');
      await rows.nth(1).waitFor();
      // The seed's three quarters (and the fourth, when the first test submitted maya's), in order.
      expect((await periodic.getByRole('rowheader').allTextContents()).slice(0, 3)).toEqual([
        'Triwulan I',
        'Triwulan II',
        'Triwulan III',
      ]);
      expect(await rows.nth(1).getByRole('cell').count()).toBe(3);
      // The annual form scores against the annual targets.
      await page
        .getByText(/^Target tahunan: 1\.200 dokumen · realisasi tahunan = jumlah realisasi periodik/)
        .first()
        .waitFor();
      await page.close();
    },
  );
});
