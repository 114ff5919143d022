import { z } from 'zod';
import { optionalText, requiredText, text } from '@/lib/validation/fields';

// Account fields, shared by the admin forms and the server.
export const roles = ['EDITOR', 'REVIEWER', 'ADMIN'] as const;

export const roleLabel: Record<(typeof roles)[number], string> = {
  EDITOR: 'Editor',
  REVIEWER: 'Reviewer',
  ADMIN: 'Administrator',
};

export const minPasswordLength = 12;

const role = z.enum(roles, { error: 'Choose editor, reviewer or administrator' });

export const createUserSchema = z.object({
  name: requiredText(100, 'Give the person’s name'),
  email: z
    .string({ error: 'Enter an email address' })
    .trim()
    .toLowerCase()
    .max(254, 'At most 254 characters')
    .pipe(z.email('Enter an email address')),
  role,
  // Never trimmed: spaces are part of a password. better-auth refuses anything over 128 characters.
  password: z
    .string({ error: `Set a password of at least ${minPasswordLength} characters` })
    .min(minPasswordLength, `At least ${minPasswordLength} characters`)
    .max(128, 'At most 128 characters'),
});

export const setRoleSchema = z.object({ role });

export const deactivateSchema = z.object({ reason: optionalText(500) });

/** better-auth's user ids are opaque strings: anything else is simply not found. */
export const userId = text().min(1).max(100);
