import type { GetServerSidePropsContext, PageConfig } from 'next';
import { CredibilityBadge, SourceGradeBadge } from '@/components/grade-badge';
import { HighlightedText } from '@/components/highlighted-text';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { RetractedBadge } from '@/components/retracted-badge';
import { AppError, parseInput } from '@/lib/errors';
import { formatDay } from '@/lib/format/dates';
import { firstValue } from '@/lib/http/query-values';
import { searchQuery } from '@/lib/public-api/public-query-schema';
import { pageData, publicPage, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';
import { entityNamed, listEntitiesForReaders, listTopicFilterForReaders, topicNamed } from '@/lib/public-site/reference-pages';
import { maxCountedHits } from '@/lib/search/limits';
import { searchPublishedClaims, type SearchResult } from '@/lib/search/search-published-claims';

export const config: PageConfig = { unstable_runtimeJS: false };

const filterNames = ['q', 'entity', 'topic', 'from', 'to', 'grade', 'kind', 'cursor'] as const;
type FormValues = Partial<Record<(typeof filterNames)[number], string>>;

const linkKinds = [
  ['CONTRADICTS', 'Contradicts or is contradicted'],
  ['SUPPORTS', 'Supports or is supported'],
  ['SUPERSEDES', 'Supersedes or is superseded'],
  ['QUALIFIES', 'Qualifies or is qualified'],
] as const;

/** The page reads only its own parameters, the first of each: a shared link with tracking tags still works. */
function formValues(params: GetServerSidePropsContext['query']): FormValues {
  const values: FormValues = {};
  for (const name of filterNames) {
    const first = firstValue(params[name]);
    if (first) values[name] = first;
  }
  return values;
}

async function load(context: GetServerSidePropsContext) {
  const values = formValues(context.query);
  let problem: { message: string; fields: Record<string, string[]> } | null = null;
  let result: SearchResult | null = null;
  try {
    const query = parseInput(searchQuery, values);
    result = Object.keys(values).some((name) => name !== 'cursor') ? await searchPublishedClaims(query) : null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = { message: error.message, fields: error.fields ?? {} };
  }
  const [mostCited, topicFilter, chosenEntity, chosenTopic] = await Promise.all([
    listEntitiesForReaders(),
    listTopicFilterForReaders(),
    values.entity ? entityNamed(values.entity) : null,
    values.topic ? topicNamed(values.topic) : null,
  ]);
  // The entity or topic filtered on stays selectable, and selected, even when it is not among those offered.
  const entities = withChosen(mostCited, chosenEntity, (entity) => entity.slug, (entity) => entity.name);
  const topics = withChosen(topicFilter.topics, chosenTopic, (topic) => topic.slug, (topic) => topic.title);
  return { values: chosenEntity ? { ...values, entity: chosenEntity.slug } : values, problem, result, entities, topics, topicsCut: topicFilter.cut };
}
export const getServerSideProps = publicPage(load);

/** The options offered, with the one chosen in title order among them when it is not already one of them. */
function withChosen<T>(offered: readonly T[], chosen: T | null, slugOf: (item: T) => string, titleOf: (item: T) => string): readonly T[] {
  if (!chosen || offered.some((item) => slugOf(item) === slugOf(chosen))) return offered;
  return [...offered, chosen].sort((a, b) => titleOf(a).localeCompare(titleOf(b)));
}

export default function SearchPage(props: PublicPageProps) {
  const { values, problem, result, entities, topics, topicsCut } = pageData<LoadedData<typeof load>>(props)!;
  const title = values.q ? `Search: ${values.q.slice(0, 80)}` : 'Search';
  return (
    <>
      {/* Result pages are endless variations of the same record; the claim pages are what search engines should keep. */}
      <PublicHead
        title={title}
        description="Search the reviewed record: statements, quotes and sources, with names found in any spelling."
        path="/search"
        noIndex={Boolean(values.q)}
      />
      {/* Within one published record, the lists offered are the same for every search, and the entity or topic added to
          them is the one the form names: the result and the form as typed make the whole body. */}
      <StaticMarkup renderedFrom={result} andFrom={JSON.stringify(values)}>
        <h1 className="text-3xl font-semibold tracking-tight">Search the record</h1>
        <p className="mt-2 max-w-3xl text-stone-700">
          Statements, quotes and sources of approved claims. Names are found however they are spelt: “Zawahri” finds claims
          about Ayman al-Zawahiri.
        </p>
        <form role="search" method="get" action="/search" className="mt-6 space-y-4 rounded border border-stone-300 bg-white p-4">
          <p>
            <label htmlFor="search-q" className="block font-medium">
              Words or names
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={values.q}
              maxLength={200}
              dir="auto"
              className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
            />
          </p>
          <fieldset className="grid gap-4 sm:grid-cols-3">
            <legend className="mb-2 font-medium">Filters</legend>
            <FilterSelect
              name="entity"
              label="About or by (most named lately; type any other name above)"
              value={values.entity}
              options={entities.map((entity) => [entity.slug, entity.name])}
            />
            <FilterSelect
              name="topic"
              label={topicsCut ? 'Topic (most filed under lately; every topic’s page offers a search of it)' : 'Topic'}
              value={values.topic}
              options={topics.map((topic) => [topic.slug, topic.title])}
            />
            <FilterSelect name="kind" label="Linked claims" value={values.kind} options={linkKinds} />
            <p>
              <label htmlFor="search-from" className="block text-sm">Claimed from</label>
              <input id="search-from" name="from" type="date" defaultValue={values.from} className="mt-1 w-full rounded border border-stone-400 px-2 py-1.5" />
            </p>
            <p>
              <label htmlFor="search-to" className="block text-sm">Claimed until</label>
              <input id="search-to" name="to" type="date" defaultValue={values.to} className="mt-1 w-full rounded border border-stone-400 px-2 py-1.5" />
            </p>
            <FilterSelect
              name="grade"
              label="Cites a source graded"
              value={values.grade}
              options={(['A', 'B', 'C', 'D', 'E', 'F'] as const).map((grade) => [grade, grade])}
            />
          </fieldset>
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            Search
          </button>
        </form>

        {problem && (
          <div role="alert" className="mt-6 rounded border border-red-400 bg-red-50 p-4 text-red-950">
            <p className="font-semibold">{problem.message}</p>
            {Object.keys(problem.fields).length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(problem.fields).map(([field, messages]) => (
                  <li key={field}>
                    {field}: {messages.join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {result && <Results result={result} values={values} />}
      </StaticMarkup>
    </>
  );
}

function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: readonly (readonly [string, string])[] }) {
  return (
    <p>
      <label htmlFor={`search-${name}`} className="block text-sm">
        {label}
      </label>
      <select id={`search-${name}`} name={name} defaultValue={value ?? ''} className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5">
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </p>
  );
}

function Results({ result, values }: { result: SearchResult; values: FormValues }) {
  const { entities, ignoredWords } = result.interpretation;
  const nextPage = result.nextCursor ? `/search?${new URLSearchParams({ ...values, cursor: result.nextCursor })}` : null;
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-xl font-semibold">
        {result.total === 0
          ? 'No approved claim matches'
          : result.total > maxCountedHits
            ? `More than ${maxCountedHits.toLocaleString('en')} claims`
            : `${result.total.toLocaleString('en')} ${result.total === 1 ? 'claim' : 'claims'}`}
      </h2>
      {entities.length > 0 && (
        <p className="mt-2 text-sm text-stone-700">
          Names found in any spelling:{' '}
          {entities.map((entity, index) => (
            <span key={entity.id}>
              {index > 0 && '; '}
              <a href={`/entities/${entity.slug}`} className="text-blue-800 underline" dir="auto">
                {entity.name}
              </a>{' '}
              (<span dir="auto">{entity.spellings.join(', ')}</span>)
            </span>
          ))}
        </p>
      )}
      {result.total > maxCountedHits && (
        <p className="mt-1 text-sm text-stone-700">
          Showing the newest {maxCountedHits.toLocaleString('en')}, best matches first. Add a word or a date range to reach older ones.
        </p>
      )}
      {ignoredWords.length > 0 && <p className="mt-1 text-sm text-stone-700">Common words left out: {ignoredWords.join(', ')}</p>}
      <ol className="mt-4 space-y-4">
        {result.hits.map(({ claim, highlights, quotedSource, namedEntities }) => (
          <li key={claim.id} className="claim-line p-4">
            <p className="text-lg font-medium">
              <a href={`/claims/${claim.id}`} className="text-blue-800 underline hover:text-blue-950" dir="auto">
                <HighlightedText pieces={highlights.statement} />
              </a>
              {claim.status === 'RETRACTED' && <RetractedBadge />}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
              <span>Claimed {formatDay(claim.version.claimedAt)}</span>
              <CredibilityBadge credibility={claim.version.credibility} />
              {namedEntities.length > 0 && <span>About or by {namedEntities.map((entity) => entity.name).join(', ')}</span>}
            </p>
            {highlights.quote && (
              <blockquote dir="auto" className="mt-2 border-l-4 border-stone-300 pl-3 font-serif text-stone-800">
                <HighlightedText pieces={highlights.quote} />
              </blockquote>
            )}
            {highlights.source && (
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
                <span dir="auto">
                  <HighlightedText pieces={highlights.source} />
                </span>
                {quotedSource && <SourceGradeBadge grade={quotedSource.grade} />}
              </p>
            )}
          </li>
        ))}
      </ol>
      {nextPage && (
        <p className="mt-6">
          <a href={nextPage} className="text-blue-800 underline">
            More results
          </a>
        </p>
      )}
    </section>
  );
}
