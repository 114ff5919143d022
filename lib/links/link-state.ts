import type { Prisma } from '@/lib/generated/prisma/client';

export async function getLinkState(tx: Prisma.TransactionClient, id: string) {
  const link = await tx.claimLink.findUnique({
    where: { id },
    select: {
      id: true,
      claimAId: true,
      claimBId: true,
      kind: true,
      status: true,
      version: true,
      createdById: true,
      createdAt: true,
      updatedAt: true,
      publishedVersion: { select: { version: true } },
      currentVersion: { select: { note: true, resolution: true, resolutionNote: true, editedById: true } },
    },
  });
  if (!link?.currentVersion) return null;
  const { currentVersion, publishedVersion, ...rest } = link;
  return { ...rest, ...currentVersion, publishedVersion: publishedVersion?.version ?? null };
}

export type LinkState = NonNullable<Awaited<ReturnType<typeof getLinkState>>>;
