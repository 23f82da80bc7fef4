import type { TestApp } from './harness.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid, unique NIP for test employee number `i` (0 … 998): birth date, appointment 2010-01, sex, sequence. */
export function validNip(i: number, sex: 1 | 2 = 1): string {
  return `19${70 + (i % 15)}${pad(1 + (i % 12), 2)}${pad(1 + (i % 28), 2)}201001${sex}${pad(i + 1, 3)}`;
}

export const CREATE_UNIT = /* GraphQL */ `
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      unit {
        id
        code
        name
        kind
        depth
        path
        parent {
          code
        }
      }
    }
  }
`;

export const CREATE_EMPLOYEE = /* GraphQL */ `
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
        id
        nip
        nipFormatted
        birthDate
        sex
        appointment
        name
        position
        grade
        employmentType
        active
        unit {
          code
        }
        family {
          code
        }
        supervisor {
          id
          name
        }
      }
    }
  }
`;

export const UPDATE_EMPLOYEE = /* GraphQL */ `
  mutation UpdateEmployee($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      employee {
        id
        name
        grade
        employmentType
        active
        supervisor {
          id
        }
        unit {
          code
        }
      }
    }
  }
`;

/** Creates a unit through the API as `admin` (session headers of an ADMIN: units are the admin's to keep). */
export async function createUnit(
  app: TestApp,
  admin: Record<string, string>,
  input: { code: string; name?: string; kind?: string; parentId?: string | null },
): Promise<string> {
  const data = await app.ok(CREATE_UNIT, { input: { name: input.code, kind: 'KECAMATAN', ...input } }, admin);
  return data.createUnit.unit.id;
}

export interface EmployeeFixture {
  nip: string;
  name: string;
  unitId: string;
  familyId: string;
  supervisorId?: string | null;
  position?: string;
  grade?: string;
  employmentType?: 'PNS' | 'PPPK';
}

/** Creates an employee through the API as `admin` (session headers of an ADMIN). */
export async function createEmployee(
  app: TestApp,
  admin: Record<string, string>,
  input: EmployeeFixture,
): Promise<string> {
  const data = await app.ok(
    CREATE_EMPLOYEE,
    { input: { position: 'Pengadministrasi Umum', grade: 'II/c', employmentType: 'PNS', ...input } },
    admin,
  );
  return data.createEmployee.employee.id;
}

/** The stable code of the first problem of the first error, or the error code when there is none. */
export function problemCode(result: { errors?: { extensions?: Record<string, unknown> }[] }): string | undefined {
  const extensions = result.errors?.[0]?.extensions;
  const problems = extensions?.problems as { code: string }[] | undefined;
  return problems?.[0]?.code ?? (extensions?.code as string | undefined);
}
