// Words of condemnation in diplomatic and political speech: what a side says of the other's act when it condemns it.

/** Words and short phrases (lower case, as regular-expression parts) that, said of another side's act, condemn it. */
export const CONDEMNING_WORDS: ReadonlySet<string> = new Set([
  'condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounces', 'denounced', 'deplore', 'deplores', 'deplorable',
  'illegal', 'illegitimate', 'unlawful', 'lawless', 'provocation', 'provocations', 'provocative', 'bullying', 'blackmail',
  'coercion', 'coercive', 'hegemonism', 'hegemonic', 'unacceptable', 'reckless', 'irresponsible', 'piracy', 'aggression',
  'interference', 'meddling', 'smear', 'slander', 'groundless', 'baseless', 'absurd', 'hypocrisy', 'hypocritical',
  'protectionism', 'protectionist', 'discriminatory', 'unjustified', 'outrageous', 'shameful', 'disgraceful', 'cynical',
  'intimidation', 'destabilising', 'destabilizing', 'blatant', 'barbaric', 'atrocity', 'atrocities', 'flagrant',
  // Phrases of diplomatic disapproval that stop short of the word "condemn".
  'betrayal', 'one-sided', 'politically motivated', 'unbalanced', 'firmly opposes?', 'strongly opposes?', 'serious concern',
  'grave concern', 'deeply troubled', 'deeply concerned', 'regrettable', 'terrorism', 'impunity', 'authoritarian',
  // A measure said to be out of proportion, or to strike at the speaker's sovereignty ("an attack on our sovereignty").
  'disproportionate', '(attack|assault|affront) on (the |its |our |their |our country\'s )?sovereignty',
  // What a side calls the other's claims when it dismisses them as a campaign ("a disinformation campaign").
  'disinformation',
]);

/** A search for any word or phrase of a list, whole words only, any case; compile it once, where the list is kept. */
export function wholeWordSearch(words: ReadonlySet<string>): RegExp {
  return new RegExp(`(?<![\\p{L}-])(?:${[...words].join('|')})(?![\\p{L}-])`, 'iu');
}

/** Any condemning word or phrase (stances.ts reads statements with it, relations.ts the names a verb gives). */
export const CONDEMNING_SEARCH = wholeWordSearch(CONDEMNING_WORDS);

/**
 * A condemning noun denied ("not a betrayal", "no provocation", "as a precaution, not as a provocation"): remove these
 * before searching for CONDEMNING_SEARCH.
 */
export const DENIED_CONDEMNATIONS = /\b(?:not (?:as )?(?:an? )?|no )(?:\w+ )?(?:betrayal|provocation|aggression)\b/gi;

/**
 * A verb of condemning declined ("would not condemn", "refused to denounce", "never deplored"): no condemnation made.
 * ("not only condemn … but": one made and more.)
 */
export const DECLINED_CONDEMNATIONS = /\b(?:not|never|refused to|refuses to|declined to|declines to|no longer)\s+(?!(?:only|just|merely|simply)\b)(?:\w+\s+)?(?:condemn|condemns|condemned|condemning|denounce|denounces|denounced|deplore|deplores|deplored)\b/gi;

/** Single words (lower case) that lay a wrong at another side's door: said of it, they accuse it. */
export const ACCUSING_WORDS: ReadonlySet<string> = new Set([
  'arbitrary', 'hostile', 'crimes', 'crime', 'criminal', 'lies', 'lied', 'lying', 'false', 'fabricated', 'abuse', 'abuses',
  'abused', 'torture', 'tortured', 'starvation', 'beatings', 'obstruct', 'obstructed', 'obstruction', 'sabotage',
  'sabotaged', 'cheated', 'stole', 'stealing', 'rigged', 'fraud', 'theft', 'espionage', 'spying', 'terrorist',
  'terrorists', 'genocide', 'aggressor', 'invaders', 'occupiers', 'war-mongering', 'warmongering', 'inconsistent',
  'distort', 'distorted', 'distorting', 'smearing', 'colluding', 'collusion', 'conceal', 'concealing', 'cover-up',
  // Breaches and acts of force laid at the other side's door ("a plain violation of the treaty", "rammed our boats").
  'violation', 'violations', 'violating', 'violated', 'illegally', 'ram', 'rammed', 'ramming', 'hijacking', 'hijacked',
  'executions', 'bargaining chips?',
  // Breaches in other words than "violated" ("had breached the accord", "is in breach of", "broke its promises").
  'breached', 'breaching', 'in breach', '(broke|broken|breaking) (its|their|his|her|the) (\\w+ )?(promises?|commitments?|word|pledges?|agreement|accord|deal|treaty|truce|ceasefire)',
]);

/** Head words of bodies that rule on the parties before them ("the court ruled that the law violated …"): their words take no side. */
export const JUDICIAL_BODIES = /\b(court|tribunal)\b/i;
