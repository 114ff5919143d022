// The demo sign-in accounts, created only in demo mode. Listed in the README.
export const demoPassword = 'counterclaim-demo';

export const demoAccounts = [
  { key: 'editor', email: 'editor@demo.test', name: 'Elena Editor', role: 'EDITOR' },
  { key: 'editor2', email: 'editor2@demo.test', name: 'Emre Editor', role: 'EDITOR' },
  { key: 'reviewer', email: 'reviewer@demo.test', name: 'Rania Reviewer', role: 'REVIEWER' },
  { key: 'reviewer2', email: 'reviewer2@demo.test', name: 'Ruben Reviewer', role: 'REVIEWER' },
  { key: 'admin', email: 'admin@demo.test', name: 'Ada Admin', role: 'ADMIN' },
] as const;

export type DemoAccountKey = (typeof demoAccounts)[number]['key'];
