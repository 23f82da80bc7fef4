import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../modules/auth/password.js';
import { User } from '../modules/auth/user.entity.js';
import type { Employee } from '../modules/organisation/employee.entity.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.js';

/**
 * One account per employee (the named demo accounts, else the NIP as username) plus the admin, HR and
 * analyst accounts, all with the demo password. Hashed once: argon2id is slow on purpose.
 */
export async function seedUsers(em: EntityManager, employees: ReadonlyMap<string, Employee>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const named = new Map(DEMO_LOGINS.filter((login) => login.employeeKey).map((login) => [login.employeeKey!, login]));
  for (const login of DEMO_LOGINS.filter((l) => !l.employeeKey)) {
    em.create(User, {
      username: login.username,
      displayName: login.role.split(' (')[0]!,
      passwordHash,
      roles: login.roles,
    });
  }
  for (const [key, employee] of employees) {
    const login = named.get(key);
    em.create(User, {
      username: login?.username ?? employee.nip,
      displayName: employee.name,
      passwordHash,
      employee,
      roles: login?.roles ?? [],
    });
  }
  await em.flush();
}
