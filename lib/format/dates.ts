// Claim and source dates are calendar days stored at midnight UTC: format them in UTC, or a reader west of
// Greenwich sees the day before.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDay(date: Date | null | undefined): string {
  return date ? dayFormat.format(date) : '';
}

// Moments (a save, a token's last use) are shown to the minute, in UTC, so every reader sees the same time.
const momentFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function formatMoment(date: Date): string {
  return `${momentFormat.format(date)} UTC`;
}
