import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ClaimList } from '@/components/claim-list';
import { getTopicForReaders } from '@/lib/public-site/reference-pages';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicForReaders((await params).slug);
  return topic ? { title: topic.title, description: topic.summary.slice(0, 200) } : {};
}

export default async function TopicPage({ params }: Props) {
  // Rendered per request from the cached record: the cache, not the page, decides when a decision shows.
  await connection();
  const topic = await getTopicForReaders((await params).slug);
  if (!topic) notFound();
  const statementOf = new Map(topic.claims.map((claim) => [claim.id, claim.publishedVersion?.statement ?? '']));
  const contradicting = (claimId: string) => topic.contradictions.filter((link) => link.claimAId === claimId || link.claimBId === claimId);
  const entities = new Map<string, { name: string; claims: typeof topic.claims }>();
  for (const claim of topic.claims) {
    for (const entity of [claim.publishedVersion?.subject, claim.publishedVersion?.object]) {
      if (!entity) continue;
      const group = entities.get(entity.slug) ?? { name: entity.name, claims: [] };
      if (!group.claims.includes(claim)) group.claims.push(claim);
      entities.set(entity.slug, group);
    }
  }
  return (
    <article>
      <h1 className="text-3xl font-semibold tracking-tight">{topic.title}</h1>
      <p className="mt-2 max-w-3xl" dir="auto">{topic.summary}</p>
      <h2 className="mt-8 text-xl font-semibold">Timeline</h2>
      <ClaimList
        claims={topic.claims}
        note={(claim) =>
          contradicting(claim.id).map((link) => (
            <Link key={link.id} href={`/contradictions/${link.id}`} className="text-red-900 underline" dir="auto">
              contradicts “{statementOf.get(link.claimAId === claim.id ? link.claimBId : link.claimAId)}”
            </Link>
          ))
        }
      />
      <h2 className="mt-8 text-xl font-semibold">By entity</h2>
      <ul className="mt-3 space-y-3">
        {[...entities.entries()].map(([slug, group]) => (
          <li key={slug}>
            <Link href={`/entities/${slug}`} className="font-medium text-blue-800 underline" dir="auto">{group.name}</Link>
            <ul className="list-disc pl-5">
              {group.claims.map((claim) => (
                <li key={claim.id} dir="auto">{claim.publishedVersion?.statement}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </article>
  );
}
