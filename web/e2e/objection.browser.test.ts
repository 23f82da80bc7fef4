import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { graphqlAs, signIn } from './support/session';

const app = runningApp();

/** The last day to object for a result received at `iso`: its day in WIB (UTC+7, no daylight saving) plus 14 days. */
const lastDayInWib = (iso: string) => {
  const day = new Date(new Date(iso).getTime() + 7 * 3600 * 1000);
  day.setUTCDate(day.getUTCDate() + 14);
  return day.toISOString().slice(0, 10);
};

/** A calendar day as the SPA shows it in Bahasa Indonesia, e.g. "17 Maret 2026". */
const longDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

describe('objections (keberatan, PP 30/2019)', () => {
  it('records when maya receives her result and shows the last day to object as a date, 14 calendar days on in WIB', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'maya', '/saya');
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Triwulan III/ }) });
    await card.getByText(/^Keberatan dapat diajukan sampai /).waitFor();
    const id = (await card.getAttribute('aria-labelledby'))!.replace(/^assessment-/, '');
    // Opening the result recorded its receipt once; the page shows the day the shared rule gives.
    const read = () =>
      graphqlAs<{ assessment: { resultReceivedAt: string | null; objectionDeadline: string | null } }>(
        page,
        app.server.url,
        'query ($id: ID!) { assessment(id: $id) { resultReceivedAt objectionDeadline } }',
        { id },
      );
    let stored = await read();
    for (let tries = 0; !stored.assessment.resultReceivedAt && tries < 100; tries++) {
      await page.waitForTimeout(100);
      stored = await read();
    }
    const { resultReceivedAt, objectionDeadline } = stored.assessment;
    expect(resultReceivedAt).not.toBeNull();
    expect(objectionDeadline).toBe(lastDayInWib(resultReceivedAt!));
    await card.getByText(`Keberatan dapat diajukan sampai ${longDay(objectionDeadline!)}`, { exact: false }).waitFor();
    // Opening it again changes nothing.
    await page.reload();
    await card.getByText(`Keberatan dapat diajukan sampai ${longDay(objectionDeadline!)}`, { exact: false }).waitFor();
    expect((await read()).assessment.resultReceivedAt).toBe(resultReceivedAt);
    await page.close();
  });

  it('lets HR hand the camat’s pending objection to the sekretaris camat (Plt) with a reason, not decide it; the Plt then decides', async () => {
    const hr = await app.browser.newPage();
    await signIn(hr, app.server.url, 'hr');
    const { objections, employees } = await graphqlAs<{
      objections: { nodes: { id: string; decider: { name: string } }[] };
      employees: { nodes: { nip: string; name: string }[] };
    }>(
      hr,
      app.server.url,
      `{ objections(filter: { status: [PENDING] }) { nodes { id decider { name } } }
         employees(filter: { search: "Sekretaris Camat" }) { nodes { nip name } } }`,
    );
    const objection = objections.nodes.find((o) => o.decider.name.startsWith('Drs. Hendra Saputra'))!;
    expect(objection).toBeTruthy();
    const plt = employees.nodes[0]!;

    await hr.goto(`${app.server.url}/tim/keberatan/${objection.id}`);
    await hr.getByText(/^Hanya Drs\. Hendra Saputra, M\.Si\., atasan pejabat penilai/).waitFor();
    expect(await hr.getByRole('button', { name: 'Putuskan keberatan' }).count()).toBe(0);
    const form = hr.getByRole('form', { name: 'Alihkan kepada pejabat lain' });
    await form.getByRole('button', { name: 'Alihkan keberatan' }).click();
    await form.getByText('Tulis alasan pengalihan (1–2000 karakter).').waitFor();
    await form.getByLabel(/Cari pegawai/).fill('Sekretaris Camat');
    await form
      .getByLabel('Pejabat yang memutuskan')
      .locator('option', { hasText: plt.name })
      .waitFor({ state: 'attached' });
    await form
      .getByLabel('Pejabat yang memutuskan')
      .selectOption({ label: `${plt.name} — Sekretaris Camat, Sekretariat Kecamatan Gerunggang` });
    await form
      .getByLabel('Alasan pengalihan')
      .fill('Camat menjalankan cuti besar; Sekretaris Camat sebagai Plt memutuskan keberatan ini.');
    await form.getByRole('button', { name: 'Alihkan keberatan' }).click();
    await hr.getByText(`Yang memutuskan: ${plt.name} (Sekretaris Camat).`).waitFor();
    await hr.getByText(/Dialihkan oleh pengelola kinerja pada .+: Camat menjalankan cuti besar/).waitFor();
    await hr.close();

    const page = await app.browser.newPage();
    await signIn(page, app.server.url, plt.nip);
    await page.goto(`${app.server.url}/tim/keberatan/${objection.id}`);
    await page.getByRole('heading', { name: 'Keputusan Anda (final)' }).waitFor();
    expect(await page.getByRole('form', { name: 'Alihkan kepada pejabat lain' }).count()).toBe(0);
    await page.getByLabel('Alasan keputusan').fill('Realisasi sudah dihitung sesuai bukti dukung.');
    await page.getByRole('button', { name: 'Putuskan keberatan' }).click();
    await page.getByText('Keberatan ini sudah diputuskan: Rating dipertahankan.').waitFor();
    await page.getByText('Realisasi sudah dihitung sesuai bukti dukung.').waitFor();
    const decided = await graphqlAs<{ objection: { status: string } }>(
      page,
      app.server.url,
      'query ($id: ID!) { objection(id: $id) { status } }',
      { id: objection.id },
    );
    expect(decided.objection.status).toBe('UPHELD');
    await page.close();
  });
});
