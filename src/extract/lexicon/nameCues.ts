// Words in or around a capitalised name that say what it names: a place in another language, a platform one posts on,
// a seat of government, an armed movement, a mission. Closed classes of English news prose; they list no actor.

/** First words of places named in another language, whatever the words after them ("Palais des Nations", "Plaza de Mayo"). */
export const FOREIGN_PLACE_PREFIXES: ReadonlySet<string> = new Set(['palais', 'palacio', 'palazzo', 'plaza', 'piazza', 'place', 'rue', 'mont', 'lac', 'puerto', 'porto']);

/** Words before "on <name>" that make the name a platform one posts on ("a post on X", "wrote on Telegram"). */
export const POSTING_WORDS: ReadonlySet<string> = new Set(['post', 'posts', 'posted', 'posting', 'wrote', 'writing', 'said', 'statement', 'message', 'video', 'account', 'channel', 'page', 'livestream', 'broadcast']);

/** Nouns before "from <name>" for what someone sends or gives, so the name is a sender, no place ("a letter from X"). */
export const SENT_FROM_NOUNS: ReadonlySet<string> = new Set([
  'letter', 'letters', 'call', 'calls', 'message', 'messages', 'invitation', 'request', 'requests', 'support', 'backing',
  'pressure', 'warning', 'warnings', 'comment', 'comments', 'remarks', 'reply', 'response', 'order', 'orders',
  'instructions', 'praise', 'criticism', 'approval', 'offer', 'endorsement', 'appeal', 'plea', 'objections', 'apology',
]);

/** Words before "at <name>" for a remark or a blow aimed at someone, so the name is its target, no place ("a swipe at X"). */
export const AIMED_AT_WORDS: ReadonlySet<string> = new Set([
  'aimed', 'directed', 'pointed', 'swipe', 'swipes', 'jab', 'jabs', 'dig', 'digs', 'angry', 'anger', 'fury', 'furious',
  'frustration', 'laughed', 'shouted', 'snapped', 'sneered', 'scoffed', 'glared',
]);
/** Verbs before "out at <name>" ("lashed out at X", "hit out at X"). */
export const OUT_AT_VERBS: ReadonlySet<string> = new Set(['lash', 'lashes', 'lashed', 'lashing', 'hit', 'hits', 'hitting']);

/** Lower-case nouns for where a state's leadership sits ("the presidential office", "the prime minister's residence"). */
export const SEAT_NOUNS: ReadonlySet<string> = new Set(['office', 'palace', 'residence', 'headquarters']);

/** Lower-case nouns for organs of a state that a name may be set off after ("its military media wing, X,"). */
export const STATE_ORGAN_NOUNS: ReadonlySet<string> = new Set(['wing', 'arm', 'agency', 'regulator', 'watchdog', 'service', 'directorate', 'command', 'unit', 'authority']);

/** Names of a presidency's seat that many states use, so that they name no one state ("State House said"). */
export const SHARED_SEAT_NAMES: ReadonlySet<string> = new Set(['state house', 'government house']);


/** Plural nouns for the fighters of an armed movement ("Huthi rebels", "ELN guerrillas"). */
export const REBEL_NOUNS: ReadonlySet<string> = new Set(['rebels', 'militants', 'insurgents', 'guerrillas', 'jihadists']);

/** Kinds of mission that name one after them ("the naval mission Aspides", "the peacekeeping mission Minurso"). */
export const MISSION_KINDS: ReadonlySet<string> = new Set(['naval', 'military', 'peacekeeping', 'observer', 'monitoring', 'training', 'police', 'border']);

/** Adjectives of blocs, regions and parties that make a group of the people or states after them ("Western diplomats"). */
export const BLOC_ADJECTIVES: ReadonlySet<string> = new Set(['western', 'republican', 'democratic', 'democrat', 'conservative', 'labour', 'gulf', 'arab', 'nordic', 'baltic']);

/** Party adjectives that may stand between "the" and an office ("the Republican governor", "the Labour leader"). */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(['republican', 'democratic', 'democrat', 'conservative', 'labour', 'liberal', 'socialist', 'communist', 'tory']);

/** Plural nouns of people or states acting together after such an adjective ("Republican lawmakers", "the Gulf states"). */
export const BLOC_COLLECTIVES: ReadonlySet<string> = new Set(['diplomats', 'lawmakers', 'officials', 'leaders', 'senators', 'states', 'governments', 'countries', 'ministers', 'allies', 'nations']);

/**
 * First words of state bodies named in Spanish, French or Portuguese ("Policía Nacional", "Defensoría del Pueblo",
 * "Direction Générale des Douanes", "Ministerio de Defensa"): a body of a state, not a party or a company.
 */
export const FOREIGN_STATE_BODY_OPENERS: ReadonlySet<string> = new Set([
  'ministerio', 'ministère', 'ministério', 'policía', 'polícia', 'defensoría', 'fiscalía', 'procuraduría', 'contraloría',
  'secretaría', 'dirección', 'direccion', 'direction', 'direção', 'guardia', 'gendarmerie', 'carabineros', 'ejército', 'armada',
  // Coast guards, tax and customs services, forces and councils: "Prefectura Naval", "Receita Federal", "Consejo Nacional Electoral".
  'prefectura', 'receita', 'superintendencia', 'superintendência', 'gendarmería', 'fuerzas', 'forças', 'marinha', 'exército',
  'consejo', 'conselho', 'asamblea', 'assembleia', 'agencia', 'agência', 'agence', 'servicio', 'serviço', 'douanes', 'aduana', 'aduanas',
]);

/** Adjectives of faiths and their branches ("Sunni leaders", "Druze elders"): a community's, never an organisation's name. */
export const FAITH_ADJECTIVES: ReadonlySet<string> = new Set([
  'sunni', 'shia', 'shiite', "shi'ite", 'alawite', 'druze', 'ismaili', 'sufi', 'salafi', 'salafist', 'wahhabi', 'muslim',
  'christian', 'catholic', 'protestant', 'orthodox', 'evangelical', 'coptic', 'maronite', 'jewish', 'hindu', 'buddhist',
  'sikh', 'yazidi', 'bahai', "baha'i",
]);

/** Forms of "swear", whose "in" is a particle ("swore in X as minister"): the name after it is the one sworn in. */
export const SWEARING_VERBS: ReadonlySet<string> = new Set(['swear', 'swears', 'swore', 'sworn', 'swearing']);

/** Forms of "hand" and "turn", whose "over" is a particle ("hand over X"): the name after it is the one handed over. */
export const HANDING_VERBS: ReadonlySet<string> = new Set(['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning']);
