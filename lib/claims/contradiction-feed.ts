import 'server-only';
import { db } from '@/lib/db';
import { resolutionLabel } from '@/lib/links/link-schema';
import { isPublicContradiction } from '@/lib/public-api/public-contradiction';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character]!)
    // Characters XML 1.0 forbids (controls other than tab and newlines) are dropped rather than breaking the feed.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** An Atom feed of published and retracted contradictions, newest decision first: each entry is dated by its
 *  approval, or by its retraction once retracted. */
async function readContradictionFeed(origin: string, take = 50) {
  const links = await db.claimLink.findMany({
    where: isPublicContradiction,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take,
    select: {
      id: true,
      status: true,
      updatedAt: true,
      claimA: { select: { publishedVersion: { select: { statement: true } } } },
      claimB: { select: { publishedVersion: { select: { statement: true } } } },
      publishedVersion: { select: { note: true, resolution: true, resolutionNote: true } },
      reviews: { where: { decision: { in: ['APPROVE', 'RETRACT'] } }, orderBy: { createdAt: 'desc' }, take: 1, select: { decision: true, note: true, createdAt: true } },
    },
  });
  const updated = links[0]?.reviews[0]?.createdAt ?? new Date(0);
  const entries = links.map((link) => {
    const latest = link.reviews[0];
    const retracted = link.status === 'RETRACTED';
    const title = `${retracted ? 'Retracted: ' : ''}${link.claimA.publishedVersion?.statement} / ${link.claimB.publishedVersion?.statement}`;
    const summary = retracted
      ? `Retracted: ${latest?.note ?? ''}`
      : `${resolutionLabel[link.publishedVersion!.resolution]}. ${link.publishedVersion!.resolutionNote || link.publishedVersion!.note}`;
    const url = new URL(`/contradictions/${link.id}`, origin).toString();
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${(latest?.createdAt ?? link.updatedAt).toISOString()}</updated>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(new URL('/feed.xml', origin).toString())}</id>
  <title>Counterclaim: contradictions</title>
  <subtitle>Sourced claims that contradict each other, as approved by a reviewer; retractions included.</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(new URL('/feed.xml', origin).toString())}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(origin)}"/>
  <author><name>Counterclaim</name></author>
  <updated>${updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}

export const contradictionFeed = cachedPublicRead('contradictionFeed', readContradictionFeed);
