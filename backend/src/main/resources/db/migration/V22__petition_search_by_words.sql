-- A search of several words finds its candidates by whole words instead of by trigrams (measured by `make bench`: at
-- 10 million petitions the trigram index read 4-5 ms of posting lists for the common trigrams of "nam trung yen" over
-- the ~390,000 texts of the office's partition; the words' index reads 0.4 ms for the same 903 candidates).
--
-- What a search means does not change: the text without diacritics contains the query without diacritics. A query
-- "w1 w2 … wn" (split at each space) found in a text puts a space before w2 … wn and after w1 … wn-1, so in the text
-- cut at its spaces w2 … wn-1 are whole pieces and wn begins one; w1 may end one (its start is not known). Pieces are
-- cut to 100 characters (a tsvector lexeme is limited to 2 kB); a query piece that long is then looked for as a prefix.
-- The candidates are checked against the whole query (strpos), so the words only narrow what is read.

-- The pieces of a text between its spaces, as they are (no parser, no dictionary: the text is already normalised).
CREATE FUNCTION search_words(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT array_to_tsvector(array_remove(string_to_array(regexp_replace(t, '([^ ]{100})[^ ]+', '\1', 'g'), ' '), '')) $$;

-- What a text's search_words must hold to contain `q`: w2 … wn-1 whole, wn (or a piece cut at 100) as a prefix; NULL
-- when that is nothing (a single word: the trigrams serve it).
CREATE FUNCTION search_words_query(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT string_agg('''' || replace(replace(left(w, 100), '\', '\\'), '''', '''''') || ''''
                            || CASE WHEN i = n OR length(w) > 100 THEN ':*' ELSE '' END, ' & ' ORDER BY i)::tsquery
          FROM (SELECT w, i, count(*) OVER () AS n FROM unnest(string_to_array(search_normalize(q), ' ')) WITH ORDINALITY AS x (w, i)) s
          WHERE i > 1 AND w <> '' $$;

CREATE INDEX petition_text_words ON petition_text USING gin (search_words(search_text));
