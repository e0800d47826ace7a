// Words by which a speaker cites a treaty for what it grants or settles (INVOKES): verbs that take the treaty as their
// subject ("the accord gave both navies the right …"), two-word phrases before it ("settled by", "rested on"), and the
// verbs of saying that introduce the speaker. Closed classes, written for treatyCitations.ts.

/** Verbs whose subject is a text that grants, binds or settles ("the treaty allows", "the agreement obliges"). */
export const CITING_AFTER: ReadonlySet<string> = new Set([
  'gave', 'gives', 'give', 'allowed', 'allows', 'allow', 'obliges', 'obliged', 'oblige', 'obligates', 'requires', 'required', 'require',
  'guarantees', 'guaranteed', 'guarantee', 'entitles', 'entitled', 'permits', 'permitted', 'grants', 'granted', 'binds', 'bound',
  'settled', 'settles', 'forbids', 'prohibits', 'prohibited', 'recognises', 'recognizes', 'recognised', 'recognized',
]);

/** Two words that put a text right after them as the ground of a claim ("settled by the treaty", "rests on the accord"). */
export const CITING_BEFORE: ReadonlySet<string> = new Set([
  'settled by', 'required by', 'guaranteed by', 'granted by', 'allowed by', 'permitted by', 'enshrined in', 'set out in',
  'rested on', 'rests on', 'rest on', 'based on', 'grounded in', 'entitled under', 'allowed under', 'permitted under',
  // ("in line with the treaty", "relying on the accord", "the border drawn under the treaty", "must respect the convention")
  'line with', 'keeping with', 'relying on', 'relied on', 'relies on', 'rely on', 'drawn under', 'drawn by', 'fixed by',
  'fixed under', 'defined by', 'defined in', 'established by', 'established under', 'must respect',
]);

/** Verbs of saying whose subject speaks the clause after them. */
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'argued', 'argues', 'insisted', 'insists', 'stated', 'noted', 'maintained', 'maintains', 'told', 'wrote',
  'contended', 'contends', 'stressed', 'recalled', 'pointed',
]);

/** Verbs by which an actor cites a text it need not be party to ("Bolivia cited the accord between Chile and Peru"). */
export const CITING_VERBS: ReadonlySet<string> = new Set([
  'cited', 'cites', 'cite', 'citing', 'invoked', 'invokes', 'invoke', 'invoking', 'quoted', 'quotes', 'quoting',
]);

/** Nouns that stand for a treaty the story names elsewhere ("the agreement gives me …"). */
export const TREATY_NOUNS: ReadonlySet<string> = new Set(['agreement', 'treaty', 'accord', 'pact', 'deal', 'convention', 'memorandum', 'charter']);
