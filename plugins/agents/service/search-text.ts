// One tokenizer for both backends: documents and queries are lowercased, diacritics folded
// and split into words here, then handed to FTS5 (unicode61 remove_diacritics 2) or to
// Postgres (`simple` configuration) as space-separated words that neither changes further.
// That is what makes the same search tests pass on both, and it is why Postgres needs no
// unaccent extension (which would need installing per database, with privileges).

/** Letters that NFKD does not decompose but FTS5's remove_diacritics folds. */
const extraFolds: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

/** The words of a text: lowercase, without diacritics, letters and digits only. */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđłþðı]/g, (letter) => extraFolds[letter] ?? letter);
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A text as indexed: its words, separated by single spaces. */
export function searchText(...parts: readonly (string | readonly string[] | null | undefined)[]): string {
  return parts
    .flatMap((part) => (part === null || part === undefined ? [] : typeof part === 'string' ? [part] : part))
    .flatMap((part) => searchWords(part))
    .join(' ');
}

/** At most this many words of a query are used; longer queries only narrow further. */
const maxQueryWords = 12;

/**
 * The words of a search query, deduplicated. Quotes, `*`, `NEAR`, `OR`, parentheses and SQL
 * are not syntax here: punctuation separates words and operator names are plain words, so
 * the query the stores build from these words can only ever mean "all of these prefixes".
 */
export function queryWords(q: string): string[] {
  return [...new Set(searchWords(q))].slice(0, maxQueryWords);
}

/** FTS5 MATCH expression: every word as a quoted prefix (words never contain quotes). */
export function fts5Query(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

/** Postgres tsquery text: every word as a quoted prefix, all required. */
export function tsQuery(words: readonly string[]): string {
  return words.map((word) => `'${word}':*`).join(' & ');
}
