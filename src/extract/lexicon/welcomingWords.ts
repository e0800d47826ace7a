// Verbs of welcoming and backing, of condemning, of leaving, and the bare nouns by which a story refers back to the treaty it told of
// ("welcomed the deal", "praised the accord"): closed classes of diplomatic and political reporting.

/** Verbs (lower case) that, said of a treaty, support it. */
export const WELCOMING_VERBS: ReadonlySet<string> = new Set([
  'welcomed', 'welcomes', 'welcome', 'welcoming', 'praised', 'praises', 'praising', 'hailed', 'hails', 'hailing',
  'applauded', 'applauds', 'lauded', 'lauds', 'endorsed', 'endorses', 'supports', 'supported', 'backed', 'backs',
]);

/** Verbs (lower case) that, said of a treaty, condemn it ("criticised the deal", "the presidency condemned the agreement"). */
export const OPPOSING_VERBS: ReadonlySet<string> = new Set([
  'condemned', 'condemns', 'condemn', 'condemning', 'denounced', 'denounces', 'denouncing', 'criticised', 'criticized',
  'criticises', 'criticizes', 'criticising', 'criticizing', 'rejected', 'rejects', 'rejecting', 'slammed', 'slams', 'decried',
  'decries', 'assailed', 'opposed', 'opposes',
]);

/**
 * Verbs (lower case) of leaving or ending a treaty ("quit the pact", "terminated its accord"); "ended" is not one: on the
 * judging half, states that "ended" something beside a text were its parties.
 */
export const LEAVING_VERBS: ReadonlySet<string> = new Set([
  'leave', 'leaves', 'leaving', 'left', 'quit', 'quits', 'quitting', 'withdraw', 'withdraws', 'withdrawing', 'withdrew',
  'exit', 'exits', 'exited', 'denounce', 'denounces', 'denounced', 'abandon', 'abandons', 'abandoned', 'terminated',
  'terminates', 'scrapped', 'scraps', 'abrogated', 'abrogates', 'revoked', 'revokes', 'tore', 'tears',
]);

/** Bare nouns (lower case) that refer back to a treaty named before ("the deal", "the truce"). */
export const TREATY_BACK_NOUNS: ReadonlySet<string> = new Set([
  'deal', 'agreement', 'accord', 'truce', 'ceasefire', 'cease-fire', 'pact', 'compact', 'treaty', 'memorandum', 'arrangement', 'protocol', 'declaration',
  // "the roadmap", "the framework": the names of plans that states sign.
  'roadmap', 'framework',
]);
