// Verbs of saying that attribute a quote or reported speech to a speaker ("…," X said; X told reporters that …).
// The usual attribution verbs of English news writing, in the inflections that carry a report.

/** Verbs that close an attribution after a quote ("…," he said) or open reported speech (X said that …). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'told', 'tells', 'stated', 'states', 'declared', 'declares', 'announced',
  'announces', 'noted', 'notes', 'warned', 'warns', 'wrote', 'writes', 'insisted', 'insists', 'argued', 'argues',
  'claimed', 'claims', 'asserted', 'asserts', 'explained', 'remarked', 'stressed', 'stresses', 'emphasised',
  'emphasized', 'continued', 'replied', 'responded', 'countered', 'acknowledged', 'reiterated', 'vowed', 'pledged',
  'promised', 'conceded', 'admitted', 'suggested', 'predicted', 'cautioned', 'saying', 'adding', 'telling', 'asked',
  'estimate', 'estimates', 'estimated', 'assessed', 'assesses', 'believe', 'believes', 'reported', 'reports',
  'maintained', 'maintains', 'repeated', 'alleged', 'alleges', 'denied', 'denies', 'disputed', 'disputes',
  'say', 'warn', 'argue', 'claim', 'insist', 'note', 'declaring', 'stating', 'warning', 'insisting', 'arguing',
  // Courts and inquiries: "the court ruled that …", "the panel concluded that …".
  'ruled', 'rules', 'ruling', 'concluded', 'concludes',
]);

/** Verbs that name what was said ("called it a “mockery”"): a single quoted word after them is a statement. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'calling', 'dubbed', 'termed', 'branded', 'labelled', 'labeled', 'described', 'describing']);

/** Verbs of demanding: what follows the addressee is what the speaker asked for ("urged X to withdraw"). */
export const DEMAND_VERBS: ReadonlySet<string> = new Set(['urged', 'urges', 'urging', 'demanded', 'demands', 'demanding', 'called', 'calls', 'calling', 'asked', 'pressed', 'appealed']);

/** Verbs of promising and threatening: with "to" after them, what is promised is said ("pledged to fund …"). */
export const PROMISE_VERBS: ReadonlySet<string> = new Set([
  'pledged', 'pledges', 'vowed', 'vows', 'promised', 'promises', 'offered', 'offers', 'threatened', 'threatens',
]);

/** Verbs that introduce a quote that follows them (X described it as "…"; X urged Y to "…"). */
export const LEAD_IN_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS, 'declaring', 'stating', 'calling', 'called', 'calls', 'describing', 'described', 'describes',
  'urged', 'urges', 'urging', 'demanded', 'demands', 'warning', 'insisting', 'arguing', 'noting', 'vowing',
  'hailed', 'lauding', 'labelled', 'labeled', 'branded', 'dubbed', 'termed', 'condemned', 'denounced',
  'accused', 'accuses', 'accusing', 'thanked', 'thanks', 'thanking', 'praised', 'praising', 'welcomed', 'blamed',
  'dismissed', 'rejected', 'criticised', 'criticized', 'slammed', 'expressed', 'expressing', 'voiced', 'voicing',
]);

/**
 * Verbs of stance whose object, a noun phrase or a gerund, is what the speaker said, verb and all ("denied blocking
 * the convoy", "denied the allegation"); "ruled out" takes its particle first ("ruled out any coalition"). "Rejected" is
 * left out: news uses it as often for an act (rejecting a plan, a result) as for something said.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny']);
export const RULING_OUT_VERBS: ReadonlySet<string> = new Set(['ruled', 'rules', 'rule']);

/** Verbs that answer a charge after it ("…, charges that the Kremlin denies", "…, a claim Beijing rejects"). */
export const DENYING_VERBS: ReadonlySet<string> = new Set([
  ...STANCE_VERBS, 'rejects', 'rejected', 'reject', 'disputes', 'disputed', 'dispute',
  // "…, a claim that Ukraine's General Staff called “propaganda”": any answer to the claim.
  'called', 'calls', 'dismissed', 'dismisses', 'described', 'describes',
]);

/** Nouns for what one side says of another, which the other side then denies ("charges that Kabul denies"). */
export const CHARGE_NOUNS: ReadonlySet<string> = new Set(['charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations']);

/** Verbs of a short attribution closing a sentence (", the bureau said."); not a stance ("…, a charge Abu Dhabi denies"). */
export const ATTRIBUTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'told', 'wrote', 'stated', 'reported', 'confirmed', 'noted', 'explained']);

/** Verbs of telling whose passive subject listened rather than spoke ("Ambassador X was told that …"). */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'informed', 'assured', 'warned', 'reminded', 'briefed']);

/** Verbs whose object and its "of" clause are what the speaker said ("accused the army of shelling villages"). */
export const ACCUSING_VERBS: ReadonlySet<string> = new Set(['accused', 'accuses', 'accuse', 'accusing']);

/** What speaks in a person's own name after "his"/"her" ("his office said"); anything else a pronoun owns speaks for itself. */
export const OWN_VOICES: ReadonlySet<string> = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'aides', 'campaign', 'lawyer', 'lawyers', 'representative']);

/** Phrases before an outlet that relays a statement ("according to Yonhap"). */
export const REPORTED_BY_CUES: readonly string[] = ['according to', 'reported by', 'in comments for', 'in an interview with', 'in a statement to', 'told'];

/** Words after which "that" opens a clause with its own subject ("reported that the commission …", "admission that …"). */
export const COMPLEMENT_TAKERS: ReadonlySet<string> = new Set([
  'said', 'says', 'acknowledged', 'admitted', 'claimed', 'estimate', 'estimated', 'believe', 'believed', 'admission',
  'claim', 'fact', 'confirmed', 'reported', 'announced', 'stated', 'noted', 'warned', 'insisted', 'argued', 'denied',
  'agreed', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'report', 'reports', 'statement', 'assessment',
  'acknowledgment', 'acknowledgement', 'confirmation', 'recognition', 'judgment', 'analysis', 'declaring', 'saying',
]);

/** Verbs of ruling or finding whose "that" opens a clause with a subject of its own ("the court ruled that the law violated …"). */
export const RULING_VERBS: ReadonlySet<string> = new Set(['ruled', 'rules', 'found', 'finds', 'concluded', 'concludes', 'decided', 'decides', 'determined', 'declared']);
