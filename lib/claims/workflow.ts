import { AppError } from '@/lib/errors';

/** Only a draft, or work sent back with changes requested, goes to review; claims and links alike. */
export function assertSubmittable(status: string) {
  if (status === 'DRAFT' || status === 'CHANGES_REQUESTED') return;
  throw new AppError('CONFLICT', status === 'IN_REVIEW' ? 'This version is already in review.' : 'Only a draft can be submitted; edit it first.');
}
