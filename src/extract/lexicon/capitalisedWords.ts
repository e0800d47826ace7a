// Capitalised words that start sentences or headlines but are never names (so they never start an entity).
// Function words, discourse adverbs and calendar words of English news prose.
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'as',
  'after', 'before', 'since', 'while', 'when', 'where', 'which', 'who', 'whose', 'what', 'why', 'how', 'that',
  'this', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'our', 'their', 'his', 'her',
  'i', 'you', 'my', 'your', 'us', 'them', 'meanwhile', 'however', 'also', 'another', 'earlier', 'later', 'still',
  'yet', 'both', 'neither', 'nor', 'either', 'each', 'every', 'all', 'some', 'many', 'most', 'few', 'several',
  'other', 'others', 'such', 'according', 'regarding', 'despite', 'although', 'though', 'because', 'during',
  'until', 'about', 'against', 'between', 'among', 'under', 'over', 'into', 'through', 'without', 'within',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'now',
  'then', 'so', 'not', 'no', 'yes', 'more', 'less', 'only', 'even', 'just', 'third', 'first', 'second', 'last',
  'next', 'new', 'one', 'two', 'three', 'details', 'context', 'update', 'read', 'watch', 'photo', 'video',
  'mr', 'mrs', 'ms', 'dr', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'once', 'again', 'instead', 'thus',
  'therefore', 'besides', 'overall', 'finally', 'ultimately', 'indeed', 'notably', 'separately', 'similarly',
  'asked', 'speaking', 'following', 'amid', 'amidst', 'upon', 'via', 'per', 'than', 'like', 'unlike', 'near',
  'outside', 'inside', 'across', 'around', 'beyond', 'toward', 'towards', 'throughout', 'whether', 'unless',
  // Adjectives that open sentences before a name ("Neighbouring Chad said …", "Former President X").
  'neighbouring', 'neighboring', 'nearby', 'fellow', 'former', 'acting', 'incoming', 'outgoing', 'interim', 'senior', 'top',
]);

/** Named events, eras and prizes that look like names but are not actors of the model ("Korean War", "Cold War", "Peace Prize"). */
export const EVENT_HEADS: ReadonlySet<string> = new Set(['war', 'wars', 'revolution', 'olympics', 'games', 'summit', 'crisis', 'day', 'cup', 'election', 'elections', 'prize', 'prizes', 'award', 'awards', 'medal']);

/** Acronyms of common nouns that news writes in capitals, never the names of bodies ("investing in AI", "GDP"). */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'AI', 'GDP', 'CEO', 'CFO', 'COO', 'LNG', 'LPG', 'EV', 'EVs', 'IPO', 'VAT', 'GMT', 'UTC', 'COVID', 'HIV', 'AIDS', 'DNA',
  'TV', 'CCTV', 'ICBM', 'SLBM', 'IRBM', 'SRBM', 'UAV', 'IED', 'RPG', 'ETF', 'CPI', 'PMI', 'SUV', 'PC', 'GPS', 'IT', 'PR',
  'VIP', 'ID', 'FAQ', 'OK', 'AM', 'PM', 'BC', 'AD',
  // "a Kessa-based NGO": a kind of body, no one body's name ("NGO Foro Penal" names one after it).
  'NGO', 'NGOs',
]);

/** Lower-case currency nouns: an acronym right before one names the currency, no body ("15 million CFA francs"). */
export const CURRENCY_NOUNS: ReadonlySet<string> = new Set([
  'franc', 'francs', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'dinar', 'dinars', 'dirham', 'dirhams',
  'riyal', 'riyals', 'rial', 'rials', 'rupee', 'rupees', 'shilling', 'shillings', 'peso', 'pesos', 'rouble', 'roubles',
  'ruble', 'rubles', 'yuan', 'yen', 'won', 'lira', 'cedis', 'naira', 'rand', 'kwacha',
]);

/** Currency nouns that are verbs too ("the VFP won 40 seats"): they name a currency only after an amount ("5 billion won"). */
export const CURRENCY_NOUNS_ALSO_VERBS: ReadonlySet<string> = new Set(['won', 'pound']);

/** Words for a numbered part of a text ("Article IV", "Chapter VII", "Section 5"): a clause, never an actor. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['article', 'articles', 'chapter', 'section', 'clause', 'paragraph', 'annex']);
