// `mazmun search`: the app's Persian-aware text search (shared/search: the same index and matcher
// the Text search view uses), so the CLI and the app find the same passages.
import { refuse } from '../../shared/errors';
import type { DocumentId } from '../../shared/model/ids';
import { ok, type Result } from '../../shared/model/snapshot';
import { compileQuery, type SearchMode } from '../../shared/search/match';
import { SearchIndex } from '../../shared/search/search-index';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { defineCommand } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { SET_HELP, setName } from './set-option';
import { EXIT } from '../write-output';

export interface SearchArgs {
  readonly project: string;
  readonly query: string;
  readonly format: 'text' | 'json';
  readonly mode: SearchMode;
  readonly wholeWord: boolean;
  /** `--set`: only the documents of the set with this name; null: all. */
  readonly set: string | null;
}

export interface SearchJsonHit {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function parsePositional(positional: readonly string[]): Result<[string, string]> {
  const [project, query] = positional;
  if (project === undefined || query === undefined) return refuse('words.searchNeedsQuery');
  if (positional.length > 2) {
    return refuse('words.searchTooMany', {
      count: positional.length,
      given: positional.join(' '),
    });
  }
  if (compileQuery(query, 'phrase').length === 0) return refuse('words.emptyQuery');
  return ok([project, query]);
}

export const searchCommand = defineCommand<SearchArgs>({
  name: 'search',
  usage:
    '<project> <query> [--format text|json] [--mode phrase|all-words] [--whole-word] [--set NAME]',
  summary: "Find a word or phrase in the documents with the app's Persian-aware search",
  options: { format: ['text', 'json'], mode: ['phrase', 'all-words'], set: null },
  flags: ['whole-word'],
  help: `  <query>                      One argument (quote a phrase). Typed as people type
                               Persian: Arabic ي/ك, Persian or Arabic digits, a half-space,
                               a space or nothing between the parts of a word all match.
  --format text|json           text (default): document, start, end and the text, tab-
                               separated, one hit a line; json: {"hits": [{"document":
                               "<title>", "start": N, "end": N, "text": "<text matched>"}]}.
                               start/end are UTF-16 offsets into the document's stored text
                               (end exclusive): text is exactly that slice, as written there.
  --mode phrase|all-words      phrase (default): the words in this order; all-words: each
                               word anywhere in a document that has them all.
  --whole-word                 Only matches that are whole words (a half-space joins a word).
${SET_HELP}
`,
  parse: ({ opts, flags, positional }) => {
    const both = parsePositional(positional);
    if (!both.ok) return both;
    return ok({
      project: both.data[0],
      query: both.data[1],
      format: (opts.format ?? 'text') as SearchArgs['format'],
      mode: (opts.mode ?? 'phrase') as SearchMode,
      wholeWord: flags.has('whole-word'),
      set: setName(opts.set),
    });
  },
  run: async (args, io) => {
    const scoped = await openScopedProject(args.project, { coders: null, set: args.set }, io);
    if (!scoped.ok) return scoped.exit;
    const { documents } = scoped.snapshot;
    const byId = new Map(documents.map((d) => [d.id, d]));
    const index = new SearchIndex({
      loadTexts: (ids: readonly DocumentId[]) =>
        Promise.resolve(
          ids.flatMap((id) => {
            const d = byId.get(id);
            return d ? [{ id, text: d.text }] : [];
          }),
        ),
      chunkSize: 500,
    });
    index.setDocuments(documents.map((d) => d.id));
    const found = await index.search(args.query, {
      mode: args.mode,
      wholeWord: args.wholeWord,
      maxHits: Number.MAX_SAFE_INTEGER,
      contextChars: 0,
    });
    index.dispose();
    if (!found.ok) {
      io.stderr(`mazmun: ${found.reason}\n`);
      return EXIT.failed;
    }
    const hits: SearchJsonHit[] = found.data.hits.map((h) => ({
      document: byId.get(h.documentId)?.title ?? h.documentId,
      start: h.start,
      end: h.end,
      text: h.match,
    }));
    if (args.format === 'json') {
      io.stdout(`${escapeBidiInJson(JSON.stringify({ hits }, null, 2))}\n`);
    } else {
      // One hit a line: a phrase matched across a line break is shown on one line.
      const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
      io.stdout(
        hits
          .map((h) => `${oneLine(h.document)}\t${h.start}\t${h.end}\t${oneLine(h.text)}\n`)
          .join(''),
      );
      io.stderr(`mazmun: ${hits.length} hit${hits.length === 1 ? '' : 's'}\n`);
    }
    return EXIT.ok;
  },
});
