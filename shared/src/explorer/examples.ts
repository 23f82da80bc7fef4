/**
 * Example questions of the explorer (Eksplorasi Data), one GraphQL `query` each. The web page offers them
 * and the demo seed saves them as shared queries of the analyst; a server test validates every one against
 * the running schema and runs it. Their variables name records by id, so they are built from a context
 * of the ids of one installation.
 */
export interface ExplorerContext {
  /** The job family of nurses (code `perawat`), if any. */
  nurseFamilyId: string | null;
  /** A unit to start from, e.g. a kelurahan. */
  unitId: string | null;
  /** The newest period. */
  periodId: string | null;
}

export interface ExplorerExample {
  key: string;
  title: { id: string; en: string };
  description: string;
  query: string;
  variables: (context: ExplorerContext) => Record<string, unknown>;
}

export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = [
  {
    key: 'nurses_per_kelurahan',
    title: {
      id: 'Rata-rata skor perawat per kelurahan, empat triwulan terakhir',
      en: 'Average score of nurses per kelurahan, last four quarters',
    },
    description:
      'Rata-rata skor hasil kerja dan perilaku perawat, dikelompokkan per unit kerja (kelurahan/puskesmas), dalam empat triwulan terakhir.',
    query: `# Rata-rata skor per kelurahan untuk perawat, empat triwulan terakhir
# (latestSubPeriods: 4 — selalu empat triwulan terakhir yang sudah dimulai, lintas tahun)
query RataRataSkorPerawatPerKelurahan($familyIds: [ID!]) {
  assessmentStatistics(
    groupBy: [UNIT]
    filter: { familyIds: $familyIds, subPeriodKind: QUARTER, latestSubPeriods: 4 }
  ) {
    key {
      unit {
        name
        kind
      }
    }
    count
    workResults {
      average
      min
      max
    }
    behaviour {
      average
    }
  }
}
`,
    variables: (context) => ({ familyIds: context.nurseFamilyId ? [context.nurseFamilyId] : [] }),
  },
  {
    key: 'unit_employees_latest',
    title: { id: 'Pegawai sebuah unit dengan skor terakhir', en: 'Employees of a unit with their latest score' },
    description: 'Pegawai aktif sebuah unit dengan penilaian terakhir yang sudah dikirim.',
    query: `# Pegawai sebuah unit dengan skor terakhir
query PegawaiUnitDenganSkorTerakhir($unitId: [ID!]) {
  employees(filter: { unitId: $unitId, active: true }, first: 100) {
    totalCount
    edges {
      node {
        name
        position
        grade
        unit {
          name
        }
        latestAssessment {
          subPeriod {
            name
          }
          workResultsScore
          behaviourScore
          predikat
        }
      }
    }
  }
}
`,
    variables: (context) => ({ unitId: context.unitId ? [context.unitId] : null }),
  },
  {
    key: 'predikat_per_sub_period',
    title: { id: 'Distribusi predikat per periode', en: 'Predikat distribution per period' },
    description: 'Berapa pegawai per predikat (dan persentasenya) di setiap sub-periode dari periode terbaru.',
    query: `# Distribusi predikat per periode
query DistribusiPredikatPerPeriode($periodId: ID) {
  assessmentStatistics(groupBy: [SUB_PERIOD], filter: { periodId: $periodId }) {
    key {
      subPeriod {
        name
        kind
      }
    }
    count
    predikat {
      predikat
      count
      percent
    }
  }
}
`,
    variables: (context) => ({ periodId: context.periodId }),
  },
];
