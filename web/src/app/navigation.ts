import type { Role } from '../gql/graphql';
import type { common } from '../i18n/messages';

type NavKey = keyof (typeof common)['id'] & `nav.${string}`;

/** One entry of the main navigation; shown to users holding any of `roles` (all users when absent). */
interface NavItem {
  path: string;
  label: NavKey;
  roles?: readonly Role[];
}

/** The main navigation, by role. Features add their entry here when their page exists. */
const NAVIGATION: readonly NavItem[] = [
  { path: '/', label: 'nav.home' },
  { path: '/rumpun', label: 'nav.families', roles: ['HR', 'ADMIN', 'ANALYST'] },
  { path: '/templat', label: 'nav.templates', roles: ['HR'] },
  { path: '/tim', label: 'nav.team', roles: ['SUPERVISOR', 'HR'] },
  { path: '/rencana', label: 'nav.plan', roles: ['EMPLOYEE'] },
  { path: '/saya', label: 'nav.mine', roles: ['EMPLOYEE'] },
  { path: '/dasbor', label: 'nav.dashboard', roles: ['HR', 'ADMIN', 'ANALYST', 'SUPERVISOR'] },
  { path: '/eksplorasi', label: 'nav.explorer', roles: ['ANALYST', 'HR', 'ADMIN'] },
];

export const visibleNavigation = (roles: readonly Role[]) =>
  NAVIGATION.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
