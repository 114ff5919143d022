import type { PageConfig } from 'next';
import { PublicHead } from '@/components/public-head';

// Served at /api (a rewrite in next.config.js): the Pages Router keeps that name for its own API routes.
export const config: PageConfig = { unstable_runtimeJS: false };

const claimFields = [
  ['statement', 'text, 1–500 characters', 'The claim as one statement.'],
  ['claimedAt', 'YYYY-MM-DD', 'When it was asserted; not in the future.'],
  ['validFrom, validTo', 'YYYY-MM-DD, optional', 'The period it is about; validTo not before validFrom.'],
  ['claimantId', 'entity id, optional', 'Who asserts it.'],
  ['subjectId, relation, objectId, polarity', 'entity id, relation key, entity id, AFFIRMS or DENIES', 'The structured form: all four, or a subject alone, or none.'],
  ['credibility', '1–6', 'Admiralty scale: 1 confirmed … 5 improbable, 6 cannot be judged.'],
  ['credibilityNote', 'text, up to 2,000', ''],
  ['topicIds', 'topic ids', ''],
  ['citations', 'list of citations', 'Each: sourceId, quote (1–5,000), originalQuote, originalLanguage, translation, translator, locator, attributedTo; id to keep an existing citation.'],
  ['version', 'integer', 'On every edit: the version the edit started from.'],
];

const sourceFields = [
  ['title, publisher', 'text', 'Required.'],
  ['url, archiveUrl', 'http(s) address, optional', 'A URL already on record is refused with the existing source in error.current.existingSource.'],
  ['author, language, publishedAt, accessedAt', 'text, language code, YYYY-MM-DD', ''],
  ['kind', 'PRIMARY_STATEMENT, NEWS_REPORT, ANALYSIS, BLOG, SOCIAL_MEDIA, OFFICIAL, OTHER', ''],
  ['grade, gradeNote', 'A–F, text', 'Admiralty scale: A completely reliable … E unreliable, F cannot be judged.'],
  ['snapshot', 'text, optional', 'The text as published.'],
  ['derivedFromId', 'source id, optional', 'A repost, translation or report citing another outlet.'],
  ['correctionKind, correctedAt, correctionNote', 'UPDATED, CORRECTED or RETRACTED; YYYY-MM-DD; text', 'Kind and date together.'],
];

const endpoints = [
  ['POST', '/api/v1/sources', 'Create a source (201).'],
  ['PATCH', '/api/v1/sources/{id}', 'Change the fields sent; include version.'],
  ['POST', '/api/v1/entities', 'Create an entity: name, kind (ORGANIZATION, PERSON, PLACE, EVENT, OTHER), description, slug, aliases [{ alias, validFrom, validTo, note }].'],
  ['PATCH', '/api/v1/entities/{id}', 'Change it; aliases, when sent, replace the list; include version.'],
  ['POST', '/api/v1/claims', 'Create a claim as a draft (201).'],
  [
    'POST',
    '/api/v1/claims/batch',
    'Create up to 500 claims as drafts, all or none: { claims: [claim, …] }, at most 5 MB. Answers 201 with { claims: [...] }, each as the single create answers it, in the order sent. One invalid claim, or one naming something not on record, refuses the batch; its field errors are keyed by position (claims.3.citations.0.sourceId).',
  ],
  ['PATCH', '/api/v1/claims/{id}', 'Save a new version with the fields sent; include version.'],
  ['POST', '/api/v1/claims/{id}/submit', 'Send the current version to review: { version }.'],
  ['POST', '/api/v1/claims/{id}/citations', 'Add a citation (a new version): citation fields and the claim’s version (201, the claim with the new citation as `citation`).'],
  ['PATCH', '/api/v1/citations/{id}', 'Change a citation (a new version of its claim): fields and the claim’s version.'],
  ['DELETE', '/api/v1/citations/{id}', 'Remove a citation: { version } in the body, or ?version=.'],
  ['POST', '/api/v1/links', 'Link two claims: claimAId, claimBId, kind (CONTRADICTS, SUPPORTS, SUPERSEDES, QUALIFIES), note, resolution, resolutionNote (201).'],
  ['PATCH', '/api/v1/links/{id}', 'Change note, resolution (UNRESOLVED, A_HOLDS, B_HOLDS, BOTH_PARTLY, NEITHER) and resolutionNote; include version.'],
  ['POST', '/api/v1/links/{id}/submit', 'Send the link to review: { version }.'],
];

const readEndpoints = [
  [
    'GET',
    '/api/v1/claims',
    'Published claims. Filters: entity (id or slug), topic (slug), from, to (claimedAt, YYYY-MM-DD), grade (a cited source’s grade, A–F), kind (in a published link of that kind: CONTRADICTS, SUPPORTS, SUPERSEDES, QUALIFIES).',
  ],
  [
    'GET',
    '/api/v1/search?q=',
    'Full-text search of published statements, quotes and sources; a name finds its entity in any spelling. Every word must match. The claim filters apply; limit 1–50, default 20; the answer adds total (exact up to 1,000; 1,001 means more, and then the newest 1,000 matches are the ones ranked and paged), and per claim its highlights (arrays of text whose odd items matched) and the names matched. q or a filter is required.',
  ],
  ['GET', '/api/v1/claims/{id}', 'One published claim with its citations, sign-off and links.'],
  ['GET', '/api/v1/contradictions', 'Published contradictions: both claims approved. Filters: entity, topic.'],
  ['GET', '/api/v1/contradictions/{id}', 'One contradiction with both claims in full.'],
  ['GET', '/api/v1/sources', 'Sources cited by the published record, with grades.'],
  ['GET', '/api/v1/entities', 'Entities the published record names, with their aliases.'],
  ['GET', '/api/v1/topics', 'Topics of the published record.'],
  ['GET', '/export/claims.csv', 'Every published claim, one row per claim, streamed.'],
  ['GET', '/export/claims.json', 'The same, as a JSON array, streamed.'],
];

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <table className="mt-3 w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col" className="border-b border-stone-400 py-1 pr-3">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.join('|')} className="align-top">
            {row.map((cell, index) => (
              <td key={index} className="border-b border-stone-200 py-1 pr-3">
                {index < 2 ? <code>{cell}</code> : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ApiPage() {
  return (
    <article className="max-w-4xl">
      <PublicHead title="API" description="Counterclaim’s read and write API: endpoints, fields, authentication and errors." path="/api" />
      <h1 className="text-3xl font-semibold">API</h1>
      <h2 className="mt-6 text-xl font-semibold">Reading</h2>
      <p className="mt-2">
        Anyone may read the approved record, from any origin (CORS is open for <code>GET</code>). Only the last approved version of approved or
        retracted items is served; a retracted item carries <code>retracted</code> with its date and note. Anything else answers 404.
      </p>
      <Table caption="Read endpoints" head={['Method', 'Path', 'What it answers']} rows={readEndpoints} />
      <p className="mt-2">
        Lists answer <code>{'{ "data": [...], "nextCursor": ... }'}</code>: pass <code>nextCursor</code> back as <code>cursor</code> for the next page, and
        <code> limit</code> (1–100, default 25). An unknown parameter, a malformed cursor or a bad value answers 400 with a message.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Writing</h2>
      <p className="mt-2">
        The write API does what the desk does, through the same rules. Authenticate with a signed-in session cookie or a personal token from your
        desk settings, sent as <code>Authorization: Bearer cc_…</code>. Send JSON (<code>Content-Type: application/json</code>, at most 1 MB; 5 MB for a batch).
        Field names are the data model’s, in camelCase.
      </p>
      <Table caption="Endpoints" head={['Method', 'Path', 'What it does']} rows={endpoints} />
      <h3 className="mt-6 text-lg font-semibold">Claim fields</h3>
      <Table caption="Claim fields" head={['Field', 'Type', 'Notes']} rows={claimFields} />
      <h3 className="mt-6 text-lg font-semibold">Source fields</h3>
      <Table caption="Source fields" head={['Field', 'Type', 'Notes']} rows={sourceFields} />
      <h3 className="mt-6 text-lg font-semibold">Answers and errors</h3>
      <p className="mt-2">
        A creation answers 201 with the item, including its <code>id</code>, <code>version</code> and <code>status</code>; an edit answers 200 with the item.
        Errors are <code>{'{ "error": { "code", "message", "fields" } }'}</code>: 400 invalid (with a message per field), 401 not signed in, 403 not allowed
        for your role, 404 not found, 409 conflict (a duplicate, or an edit from a version someone has since replaced: <code>error.current</code> holds
        the current version to reapply your edit to), 413 body too large, 415 not JSON.
      </p>
      <p className="mt-2">
        Every edit makes a new version; editing an approved claim leaves the approved version public until a reviewer approves the new one. Reading
        (<code>GET</code>) these paths is the public read API above, which serves only approved versions.
      </p>
    </article>
  );
}
