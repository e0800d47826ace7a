// Lower-case nouns for one human being that English news sets right before a name ("warlord X", "philanthropist X"):
// callings, trades and roles in public life. A closed class of news prose; it lists no actor.
// (Offices and occupations that lexicon/titles.ts knows, "minister", "spokesman", "economist", are not repeated here:
// personCues.ts reads both.)

/** Nouns for one person, by calling or role, that stand before a name as its apposition. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'activist', 'philanthropist', 'businessman', 'businesswoman', 'tycoon', 'magnate', 'billionaire', 'oligarch',
  'entrepreneur', 'banker', 'investor', 'attorney', 'journalist', 'reporter', 'correspondent', 'blogger', 'dissident',
  'politician', 'candidate', 'academic', 'historian', 'writer', 'author', 'novelist', 'poet', 'artist', 'musician',
  'singer', 'rapper', 'actor', 'actress', 'filmmaker', 'footballer', 'athlete', 'cleric', 'imam', 'priest', 'pastor',
  'bishop', 'warlord', 'strongman', 'opponent', 'critic', 'rival', 'incumbent', 'challenger', 'successor',
  'predecessor', 'veteran', 'hardliner', 'defendant', 'suspect', 'detainee', 'prisoner', 'hostage', 'student',
  'teenager', 'widow', 'farmer', 'fisherman', 'doctor', 'surgeon', 'nurse', 'engineer', 'pilot', 'soldier', 'officer',
]);
