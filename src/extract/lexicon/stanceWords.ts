// Words of condemnation in diplomatic and political speech: what a side says of the other's act when it condemns it.

/** Single words (lower case) that, said of another side's act, condemn it. */
export const CONDEMNING_WORDS: ReadonlySet<string> = new Set([
  'condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounces', 'denounced', 'deplore', 'deplores', 'deplorable',
  'illegal', 'illegitimate', 'unlawful', 'lawless', 'provocation', 'provocations', 'provocative', 'bullying', 'blackmail',
  'coercion', 'coercive', 'hegemonism', 'hegemonic', 'unacceptable', 'reckless', 'irresponsible', 'piracy', 'aggression',
  'interference', 'meddling', 'smear', 'slander', 'groundless', 'baseless', 'absurd', 'hypocrisy', 'hypocritical',
  'protectionism', 'protectionist', 'discriminatory', 'unjustified', 'outrageous', 'shameful', 'disgraceful', 'cynical',
  'intimidation', 'destabilising', 'destabilizing', 'blatant', 'barbaric', 'atrocity', 'atrocities', 'flagrant',
]);

/** Single words (lower case) that lay a wrong at another side's door: said of it, they accuse it. */
export const ACCUSING_WORDS: ReadonlySet<string> = new Set([
  'arbitrary', 'hostile', 'crimes', 'crime', 'criminal', 'lies', 'lied', 'lying', 'false', 'fabricated', 'abuse', 'abuses',
  'abused', 'torture', 'tortured', 'starvation', 'beatings', 'obstruct', 'obstructed', 'obstruction', 'sabotage',
  'sabotaged', 'cheated', 'stole', 'stealing', 'rigged', 'fraud', 'theft', 'espionage', 'spying', 'terrorist',
  'terrorists', 'genocide', 'aggressor', 'invaders', 'occupiers', 'war-mongering', 'warmongering', 'inconsistent',
  'distort', 'distorted', 'distorting', 'smearing', 'colluding', 'collusion', 'conceal', 'concealing', 'cover-up',
]);
