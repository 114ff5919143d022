// Editors and reviewers working through the write API with their personal tokens. Every write is journaled with a
// marker the database will hold if the write happened (a statement, a note), so verify.ts can tell, for each one,
// whether it is there exactly once, whole, with its audit event; or, if it was refused, that it left nothing.
import type { DemoAccountKey } from '@/prisma/demo/accounts';
import type { Answer, Traffic } from './traffic';

export type WriteKind = 'claim.create' | 'claim.update' | 'claim.submit' | 'link.create' | 'link.submit' | 'review.approve';

export type Attempt = {
  kind: WriteKind;
  /** What the database holds if the write happened: a statement, credibility note, link note or review note; for a
   *  submission, which has no text of its own, the item and the version submitted. */
  marker: string;
  account: DemoAccountKey;
  status: number;
  /** 2xx: acknowledged; 4xx: refused; anything else (a 5xx, no answer): not known until the database is read. */
  outcome: 'acknowledged' | 'refused' | 'unknown';
  /** The claim or link written, once known. */
  targetId?: string;
  version?: number;
  /** Set on writes the database must refuse (a reviewer approving their own work). */
  mustRefuse?: 'four eyes';
};

type Item = { type: 'claim' | 'link'; id: string; version: number };

/** What the writers share: claims anyone may edit or link to, and what waits for review. */
export class Desk {
  readonly journal: Attempt[] = [];
  readonly claims: Item[] = [];
  readonly queue: Item[] = [];
  private next = 0;

  constructor(
    private readonly traffic: Traffic,
    private readonly tokens: Record<DemoAccountKey, string>,
    readonly runId: string,
    readonly sourceIds: string[],
  ) {}

  marker(account: string) {
    return `${this.runId} ${account} #${++this.next}`;
  }

  /** Sends the write and journals it; the caller completes the journal entry once the answer names the item. */
  async write(attempt: Omit<Attempt, 'status' | 'outcome'>, method: string, path: string, body: unknown): Promise<Answer & { entry: Attempt }> {
    const answer = await this.traffic.send('write', method, path, { token: this.tokens[attempt.account], body });
    const outcome = answer.status >= 200 && answer.status < 300 ? 'acknowledged' : answer.status >= 400 && answer.status < 500 ? 'refused' : 'unknown';
    const entry: Attempt = { ...attempt, status: answer.status, outcome };
    this.journal.push(entry);
    return { ...answer, entry };
  }
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

type ItemAnswer = { id: string; version: number };

/** An editor: writes a claim, edits it (now and then from a version that is no longer current), edits a claim of
 *  someone else's, submits its own, links it to another claim and submits the link. */
export async function editor(desk: Desk, account: DemoAccountKey, running: () => boolean, { selfApprove = false } = {}) {
  let round = 0;
  while (running()) {
    round++;
    const statement = `Load test claim ${desk.marker(account)}`;
    const created = await desk.write({ kind: 'claim.create', marker: statement, account }, 'POST', '/api/v1/claims', {
      statement,
      claimedAt: '2014-07-14',
      credibility: 3,
      citations: [{ sourceId: pick(desk.sourceIds), quote: `Quoted for ${statement}` }],
    });
    if (created.status !== 201) continue;
    const claim: Item = { type: 'claim', ...(created.body as ItemAnswer) };
    created.entry.targetId = claim.id;

    await edit(desk, account, claim);
    if (round % 3 === 0) await edit(desk, account, { ...claim, version: claim.version - 1 });
    // Another editor's claim, at the version last seen: a race the database settles with a 409 when it is stale.
    const theirs = !selfApprove && desk.claims.length ? pick(desk.claims) : null;
    if (theirs) await edit(desk, account, theirs);
    desk.claims.push(claim);

    const submitted = await desk.write({ kind: 'claim.submit', marker: `${claim.id}@${claim.version}`, account, targetId: claim.id, version: claim.version }, 'POST', `/api/v1/claims/${claim.id}/submit`, { version: claim.version });
    if (submitted.status !== 200) continue;
    if (selfApprove) {
      // Four eyes: the database must refuse an approval of one's own claim, whatever the role.
      const note = `Self-approval ${desk.marker(account)}`;
      await desk.write({ kind: 'review.approve', marker: note, account, targetId: claim.id, version: claim.version, mustRefuse: 'four eyes' }, 'POST', `/api/v1/claims/${claim.id}/reviews`, { version: claim.version, decision: 'APPROVE', note });
    }
    desk.queue.push({ ...claim });

    const other = pick(desk.claims.filter((candidate) => candidate.id !== claim.id));
    if (!other) continue;
    const note = `Load test link ${desk.marker(account)}`;
    const linked = await desk.write({ kind: 'link.create', marker: note, account }, 'POST', '/api/v1/links', { claimAId: claim.id, claimBId: other.id, kind: 'CONTRADICTS', note });
    if (linked.status !== 201) continue;
    const link: Item = { type: 'link', ...(linked.body as ItemAnswer) };
    linked.entry.targetId = link.id;
    const sent = await desk.write({ kind: 'link.submit', marker: `${link.id}@${link.version}`, account, targetId: link.id, version: link.version }, 'POST', `/api/v1/links/${link.id}/submit`, { version: link.version });
    if (sent.status === 200) desk.queue.push(link);
  }
}

/** A new version of the claim with a credibility note nobody else writes; the item learns the version it reached. */
async function edit(desk: Desk, account: DemoAccountKey, claim: Item) {
  const credibilityNote = `Edited ${desk.marker(account)}`;
  const answer = await desk.write({ kind: 'claim.update', marker: credibilityNote, account, targetId: claim.id }, 'PATCH', `/api/v1/claims/${claim.id}`, { version: claim.version, credibilityNote });
  if (answer.status === 200) {
    claim.version = (answer.body as ItemAnswer).version;
    answer.entry.version = claim.version;
  }
}

/** A reviewer: approves what waits for review, at the version submitted. Two reviewers may reach for the same item,
 *  and an editor may have changed it since: the database keeps one decision, on the current version only. */
export async function reviewer(desk: Desk, account: DemoAccountKey, running: () => boolean) {
  while (running()) {
    const item = pick(desk.queue);
    if (!item) {
      await idle();
      continue;
    }
    const note = `Approved ${desk.marker(account)}`;
    const path = `/api/v1/${item.type === 'claim' ? 'claims' : 'links'}/${item.id}/reviews`;
    const answer = await desk.write({ kind: 'review.approve', marker: note, account, targetId: item.id, version: item.version }, 'POST', path, { version: item.version, decision: 'APPROVE', note });
    // Decided, or no longer decidable at that version: either way it leaves the queue. Without an answer it stays.
    if (answer.status !== 0 && answer.status < 500 && desk.queue.includes(item)) desk.queue.splice(desk.queue.indexOf(item), 1);
  }
}
