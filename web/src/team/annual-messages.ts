import { defineMessages } from '../i18n/i18n';

/** Texts of the start of the annual evaluation on the team page: Bahasa Indonesia first, English second. */
export const annualMessages = defineMessages(
  {
    column: 'Penilaian tahunan {year}',
    open: 'Penilaian tahunan {year} dibuka sejak {date}: dinilai dengan target tahunan dan realisasi setahun, dengan hasil periodik sebagai bahan pertimbangan.',
    notYet: 'Penilaian tahunan {year} dibuka mulai {date}; sampai saat itu nilailah per subperiode.',
    start: 'Mulai penilaian tahunan',
    startFor: 'Mulai penilaian tahunan {name}',
    starting: 'Memulai…',
    continue: 'Lanjutkan penilaian tahunan',
    opensOn: 'Dibuka mulai {date}',
    needsPlan: '—',
  },
  {
    column: 'Annual assessment {year}',
    open: 'The annual assessment of {year} has been open since {date}: it uses the annual targets and the year’s realisation, with the periodic results as context.',
    notYet: 'The annual assessment of {year} opens on {date}; until then, assess per sub-period.',
    start: 'Start the annual assessment',
    startFor: 'Start the annual assessment of {name}',
    starting: 'Starting…',
    continue: 'Continue the annual assessment',
    opensOn: 'Opens on {date}',
    needsPlan: '—',
  },
);
