// Closed word lists that mark where a capitalised name runs on and what its head is, shared by the chunk scan
// (nameChunks.ts), the chunk classifier (chunkKinds.ts) and the sentence scan (mentions.ts). Drawn from news copy.

export const CONNECTORS_AFTER_HEAD = new Set(['of', 'for', 'on']);
/** Prepositions that, capitalised between capitalised words, are inside a name ("Doctors Without Borders"), in
 * English and in the languages whose organisations news names untranslated ("Reporters Sans Frontières"). */
export const NAME_PREPOSITIONS = new Set(['Without', 'Against', 'Beyond', 'Sans', 'Sin', 'Sem', 'Ohne']);
/** Body heads that international organisations use as much as states do. */
export const AMBIGUOUS_BODY_HEADS = new Set(['council', 'commission', 'committee', 'assembly', 'court', 'tribunal', 'agency', 'bureau', 'office', 'service', 'authority', 'board', 'battalion', 'brigade', 'regiment']);
/** First words that make a name a place ("Port Meral", "Mount Kenya"). */
export const PLACE_PREFIXES = new Set(['port', 'mount', 'lake', 'cape', 'fort', 'gulf', 'bay', 'island', 'isle', 'river', 'strait', 'sea', 'horn']);
/** Lower-case connectors of other languages inside names of parties and bodies ("Alternative für Deutschland", "Impôts et
 * Domaines", "Agricultura y Ganadería"). */
export const FOREIGN_CONNECTORS = new Set(['für', 'fur', 'pour', 'voor', 'und', 'des', 'et', 'y', 'e']);
/** Particles inside personal names that are written in lower case ("Yousef al-Hadadi", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'es', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'de', 'da', 'del', 'di', 'du', 'le', 'la', 'dos', 'das']);

/** A word ending in "-led", "-backed", "-based" …: a modifier, not part of the name it stands before. */
export const COMPOUND_MODIFIER = /-(based|born|headquartered|listed|registered|incorporated|led|backed|brokered|sponsored|funded|allied|aligned|made|linked|affiliated|owned|flagged|run|controlled|held|occupied)$/i;
