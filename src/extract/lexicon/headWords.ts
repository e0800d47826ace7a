// Head nouns that give a capitalised name its kind ("… Ministry" is a body of a state, "… Agency" an organisation).
// Collected from the naming patterns of government bodies, international bodies, treaties and places in
// English-language news; they classify names, they do not list any actor.

/** Legislatures known by their own name, a name even when it stands alone ("the Bundestag voted"). */
export const LEGISLATURE_NAMES: ReadonlySet<string> = new Set([
  'bundestag', 'bundesrat', 'sejm', 'rada', 'riksdag', 'storting', 'folketing', 'eduskunta', 'majlis', 'seimas',
  'saeima', 'althing', 'althingi', 'oireachtas', 'sabha', 'cortes', 'khural', 'sangsad', 'jirga', 'shura', 'knesset', 'duma',
  'sobranie', 'skupstina', 'skupština', 'sabor', 'hural', 'mejlis', 'kenesh', 'meclis', 'vouli', 'dáil', 'dail', 'seanad',
  'hluttaw', 'lagting', 'løgting', 'inatsisartut', 'fono', 'riigikogu', 'mazhilis', 'maslahaty',
  // "the Commons" (a House of Commons).
  'commons',
]);

/**
 * Own names of legislatures that only one state has (general knowledge, as the capitals are): the state of a body so
 * named, wherever the story was filed from ("BEIRUT — The Knesset voted …" is Israel's). Names several states share
 * ("Majlis", "Skupština", "Bundesrat", "House of Commons") are left out; keys are lookup keys (no accents).
 */
export const LEGISLATURE_STATES: Readonly<Record<string, string>> = {
  knesset: 'IL', riksdag: 'SE', storting: 'NO', stortinget: 'NO', folketing: 'DK', folketinget: 'DK', eduskunta: 'FI',
  althing: 'IS', althingi: 'IS', oireachtas: 'IE', dail: 'IE', seanad: 'IE', bundestag: 'DE', sejm: 'PL', saeima: 'LV',
  seimas: 'LT', riigikogu: 'EE', sabor: 'HR', duma: 'RU', hluttaw: 'MM', 'halk maslahaty': 'TM', 'verkhovna rada': 'UA',
  'jogorku kenesh': 'KG', mazhilis: 'KZ', 'oliy majlis': 'UZ', 'lok sabha': 'IN', 'rajya sabha': 'IN', 'jatiya sangsad': 'BD',
  'great khural': 'MN', 'national diet': 'JP', 'cortes generales': 'ES', 'narodno sabranie': 'BG',
};

/** Foreign ministries known by their own name, as their region's press writes ("Itamaraty said"). */
export const CHANCELLERY_STATES: Readonly<Record<string, string>> = { itamaraty: 'BR', farnesina: 'IT' };

/**
 * Own names of a state's security services and armed forces, which no other state uses ("the Shin Bet", "the
 * Tatmadaw"): their state wherever the story was filed from. Keys are lookup keys.
 */
export const SERVICE_STATES: Readonly<Record<string, string>> = {
  'shin bet': 'IL', shabak: 'IL', mossad: 'IL', bundeswehr: 'DE', tatmadaw: 'MM', gchq: 'GB', 'scotland yard': 'GB',
  mi5: 'GB', mi6: 'GB', fsb: 'RU', svr: 'RU', gru: 'RU', dgse: 'FR', dgsi: 'FR', bnd: 'DE', irgc: 'IR', basij: 'IR',
  'quds force': 'IR',
};

/**
 * Organs of the United Nations known by a bare name once the story has named the UN ("the Security Council", "the
 * General Assembly"): the Charter's principal organs, less the court and the secretariat, whose bare names other
 * bodies share, and the Human Rights Council.
 */
export const UN_ORGANS: ReadonlySet<string> = new Set(['Security Council', 'General Assembly', 'Economic and Social Council', 'Trusteeship Council', 'Human Rights Council']);

/** Nouns that make a body a legislature ("Peru's parliament", "the National Assembly", "the Senate"). */
const LEGISLATURE_NOUNS = /\b(parliament|congress|senate|assembly|legislature|house of representatives|house of commons|chamber of deputies)$/i;

/**
 * Whether a body's name is a legislature's ("Vesk's parliament", "Senate of Lusania", "the Storting", "House of
 * Representatives"): the whole name is read before the head left of " of " ("House" alone is none).
 */
export function isLegislatureName(name: string): boolean {
  const head = name.replace(/ of .*$/, '');
  return LEGISLATURE_NOUNS.test(name) || (head !== name && LEGISLATURE_NOUNS.test(head)) || LEGISLATURE_NAMES.has(head.split(/\s+/).at(-1)!.toLowerCase());
}

/** Whether an entity of the article is a legislature: a body of a state (not the state) named as one. */
export function isLegislatureEntity(entity: { key: string; kind: string; name: string } | undefined): boolean {
  return Boolean(entity && entity.kind === 'Government' && !entity.key.startsWith('state:') && isLegislatureName(entity.name));
}

/** Members a chamber of a legislature is named after ("House of Representatives", "Chamber of Deputies", "House of Lords"). */
export const CHAMBER_MEMBERS: ReadonlySet<string> = new Set([
  'representatives', 'deputies', 'commons', 'lords', 'councillors', 'councilors', 'delegates', 'senators', 'peers',
  'nationalities', 'peoples', 'keys', 'assembly',
]);

/** Bodies of a state: ministries, departments, forces, councils, party organs. */
export const GOVERNMENT_BODY_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'commission', 'cabinet', 'parliament', 'congress', 'senate', 'assembly',
  'presidency', 'administration', 'military', 'army', 'navy', 'forces', 'guard', 'police', 'party', 'politburo',
  'committee', 'bureau', 'duma', 'knesset', 'diet', 'court', 'agency', 'service', 'directorate', 'command', 'council',
  'chiefs', 'staff', 'treasury', 'force', 'corps', 'embassy', 'consulate', 'fleet', 'headquarters', 'tribunal', 'legislature', ...LEGISLATURE_NAMES,
  // Units of forces: "the Republican Guards", "the Rapid Intervention Battalion" (a state's when one owns it).
  'guards', 'battalion', 'brigade', 'regiment',
  // A city's or a district's own government ("the Istanbul Metropolitan Municipality").
  'municipality',
  // A state's border or highway police ("Border Patrol", "Highway Patrol").
  'patrol',
  // Foreign ministries known by their own name ("Itamaraty said").
  ...Object.keys(CHANCELLERY_STATES),
]);

/**
 * First words that make a council, commission, agency or service a state's body even with no state named ("Federal
 * Security Service", "Foreign Office"; "Transitional Military Council", a council that rules a state between regimes).
 */
export const STATE_BODY_OPENERS: ReadonlySet<string> = new Set(['federal', 'national', 'state', 'central', 'royal', 'revolutionary', 'supreme', 'interior', 'foreign', 'transitional']);

/**
 * Words anywhere in a council's, agency's or service's name that make it a state's body ("Security Service", "Border
 * Guard Service", "Presidential Leadership Council").
 */
export const STATE_BODY_DOMAINS: ReadonlySet<string> = new Set(['security', 'intelligence', 'border', 'customs', 'police', 'military', 'counterintelligence', 'prosecutor', "prosecutor's", 'investigative', 'sovereignty', 'presidential', 'ministers',
  // "Independent Electoral Commission", "National Election Board", "High Council of National Defence".
  'electoral', 'election', 'elections', 'defence', 'defense',
  // A market's or a trade's regulator ("Agency for Regulation of the Financial Market", "Financial Supervisory Service").
  'regulation', 'regulatory', 'supervision', 'supervisory']);

/** Nouns that, right before a name, say it is an organisation's ("the business daily X", "the shipping firm X"). */
export const ORGANIZATION_DESCRIPTORS: ReadonlySet<string> = new Set([
  'daily', 'newspaper', 'weekly', 'broadcaster', 'outlet', 'magazine', 'website', 'tabloid', 'firm', 'company', 'group',
  'conglomerate', 'lender', 'carrier', 'airline', 'shipper', 'operator', 'charity', 'ngo', 'watchdog', 'consultancy',
  'insurer', 'manufacturer', 'producer', 'refiner', 'startup', 'exchange', 'tank', 'agency',
  // Trades: "chipmaker X", "pollster X", "the carmaker X".
  'chipmaker', 'carmaker', 'automaker', 'maker', 'pollster', 'supplier', 'retailer', 'subsidiary', 'shipbuilder',
  'miner', 'drugmaker', 'utility', 'broker', 'distributor', 'thinktank', 'think-tank',
  // "the Nigerian explorer X", "defence contractor X": firms of extraction, building and trade.
  'explorer', 'contractor', 'developer', 'exporter', 'importer',
  // "the state copper giant X", "energy giant X": a big company named by its trade.
  'giant',
]);

/** Plural nouns for companies that a list of names follows or precedes ("carmakers such as X", "X and other equipment makers"). */
export const COMPANY_PLURALS: ReadonlySet<string> = new Set([
  'companies', 'firms', 'makers', 'manufacturers', 'suppliers', 'producers', 'lenders', 'banks', 'carriers', 'airlines',
  'insurers', 'retailers', 'brands', 'conglomerates', 'automakers', 'carmakers', 'chipmakers', 'pollsters', 'operators',
  'startups', 'groups', 'corporations', 'shipbuilders', 'miners', 'drugmakers', 'utilities', 'brokers', 'distributors',
  'shippers', 'exporters', 'importers', 'traders', 'refiners', 'majors',
]);

/**
 * Plural nouns of organisations, companies included, for a name that speaks as one of them ("Rights groups …");
 * nouns that also name people by trade ("miners", "traders") are left out.
 */
export const ORGANISATION_PLURALS: ReadonlySet<string> = new Set([
  'groups', 'organisations', 'organizations', 'charities', 'unions', 'associations', 'federations', 'watchdogs', 'ngos',
  'companies', 'firms', 'corporations', 'banks', 'lenders', 'insurers', 'airlines', 'manufacturers', 'carmakers',
  'automakers', 'chipmakers', 'drugmakers', 'retailers', 'startups',
]);

/** Seats of government that news uses for the state's leadership ("the Kremlin said"). */
export const GOVERNMENT_SEATS: Readonly<Record<string, string>> = {
  'kremlin': 'RU',
  'white house': 'US',
  'pentagon': 'US',
  'downing street': 'GB',
  'elysee': 'FR',
  'élysée': 'FR',
  'blue house': 'KR',
  'zhongnanhai': 'CN',
  'quai d\'orsay': 'FR',
  // Latin American palaces that the region's press uses for the presidency ("the Casa Rosada said").
  'casa rosada': 'AR',
  'la moneda': 'CL',
  'casa de nariño': 'CO',
  'casa de narino': 'CO',
};

/** Cities that stand for an organisation seated there rather than for their state ("Brussels" for the EU). */
export const ORGANIZATION_SEATS: Readonly<Record<string, readonly string[]>> = {
  brussels: ['european union', 'eu', 'european commission'],
};

/** Words of news outlets' names: an agency named with one is an outlet, never a body of a state ("Xinhua News Agency"). */
export const MEDIA_WORDS: ReadonlySet<string> = new Set(['news', 'press', 'information', 'telegraph', 'telegraphic', 'broadcasting', 'television', 'radio', 'wire', 'media']);

/** Organisations that are not bodies of one state. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'nations', 'organization', 'organisation', 'union', 'alliance', 'association', 'federation', 'confederation', 'bank', 'fund',
  'institute', 'institution', 'foundation', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'news', 'press', 'times',
  'post', 'journal', 'herald', 'tribune', 'network', 'broadcasting', 'television', 'radio', 'channel', 'red cross',
  'crescent', 'university', 'society', 'league', 'forum', 'coalition', 'movement', 'network', 'watch', 'amnesty',
  'independent', 'telegraph', 'guardian', 'gazette', 'monitor', 'daily', 'review', 'wire', 'reuters',
  'observatory', 'centre', 'center', 'trust', 'initiative', 'council', 'authority', 'board',
  'chamber', 'lines', 'airlines', 'airways', 'holdings', 'industries', 'community',
  // Companies: "Golden Sea Shipping", "Arctic Trading", "Baltic Logistics".
  'shipping', 'maritime', 'logistics', 'trading', 'partners', 'ventures', 'motors', 'systems', 'technologies',
  'pharmaceuticals', 'petroleum', 'energy', 'mining', 'electronics', 'investments', 'insurance', 'securities', 'telecom',
  'holding', 'semiconductor', 'semiconductors', 'technology', 'motor', 'exchange', 'steel', 'chemical', 'chemicals',
  'automotive', 'software', 'airline', 'school', 'college', 'academy',
  // Agencies of international bodies: "World Food Programme"; movements: "Muslim Brotherhood".
  'programme', 'brotherhood', 'industry',
  // Crime syndicates ("Gulf Cartel"), shipowners ("Aegean Bulk Carriers"), papers ("Evening Standard").
  'cartel', 'carriers', 'standard',
  // Companies that several own together ("the Caspian Pipeline Consortium", "the North Sea Consortium").
  'consortium',
]);

/**
 * Capitalised common nouns that make a name an organisation's or a movement's, never a person's
 * ("Human Rights", "Civic Renewal", "National Front").
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  'rights', 'affairs', 'security', 'defence', 'defense', 'development', 'health', 'energy', 'trade', 'justice',
  'freedom', 'peace', 'human', 'national', 'international', 'foreign', 'public', 'general', 'central', 'federal',
  'democratic', 'republican', 'liberal', 'conservative', 'socialist', 'labour', 'labor', 'green', 'greens', 'front',
  'renewal', 'alliance', 'unity', 'progress', 'solidarity', 'reform', 'people', 'peoples', 'citizens', 'civic',
  'popular', 'revolutionary', 'liberation', 'independence', 'future', 'hope', 'action', 'change', 'forward',
  // Forums of states: "Asia-Pacific Economic Cooperation".
  'economic', 'cooperation', 'co-operation',
  // Parties named by their members ("the Social Democrats", "the Christian Democrats").
  'democrats', 'republicans', 'socialists', 'conservatives', 'liberals', 'social', 'christian', 'communists',
]);

/**
 * Capitalised words of trade that make a name a company's, never a person's ("Bangui Precious Metals", "Frutas del
 * Valle Export", "Sahel Cargo"); words that are also surnames ("Power", "Gold") are left out.
 */
export const COMPANY_NAME_WORDS: ReadonlySet<string> = new Set([
  'metals', 'minerals', 'resources', 'oil', 'gas', 'petroleum', 'electric', 'construction', 'engineering', 'capital',
  'communications', 'media', 'cement', 'foods', 'farms', 'seafood', 'cargo', 'freight', 'transport',
  'export', 'exports', 'textiles', 'pharma', 'mines', 'diamonds', 'uranium', 'logistics', 'shipping', 'airlines',
]);

/** Heads of bodies that belong to an international organisation rather than a state ("UN Security Council"). */
export const INTERNATIONAL_BODY_HEADS: ReadonlySet<string> = new Set(['council', 'assembly', 'court', 'commission', 'agency', 'committee', 'secretariat', 'parliament']);

/**
 * Words in the names of groupings of states, which "the bloc" may stand for ("European Union", "Southern African
 * Development Community", "Association of Southeast Asian Nations", "Mercosur"); not a charity's or a company's name.
 */
export const BLOC_NAME_WORDS: ReadonlySet<string> = new Set([
  'union', 'community', 'cooperation', 'co-operation', 'organization', 'organisation', 'league', 'association', 'nations',
  'states', 'commonwealth', 'bloc', 'alliance', 'group', 'forum', 'partnership', 'mercosur', 'caricom', 'brics', 'asean',
]);

/** Treaties, agreements, resolutions. */
export const TREATY_HEADS: ReadonlySet<string> = new Set([
  'treaty', 'pact', 'agreement', 'accord', 'accords', 'charter', 'convention', 'resolution', 'resolutions',
  'protocol', 'memorandum', 'ceasefire', 'cease-fire', 'truce', 'armistice', 'deal', 'declaration', 'compact',
  // "the Geneva Conventions", "a Humanitarian Arrangement", "the Camp David Principles".
  'conventions', 'arrangement', 'principles', 'framework', 'covenant',
  // "the Tunis roadmap", "the Rome Roadmap".
  'roadmap',
  // Laws, when capitalised: "the Taiwan Relations Act".
  'act',
  // "the Cairo Hydrogen Partnership", "the Joint Comprehensive Plan of Action".
  'partnership', 'plan',
  // "the Five-Point Consensus" that a bloc's leaders agreed.
  'consensus',
]);

/**
 * Plural heads of a set of instruments signed together, a treaty only in a capitalised name ("the Zurich Protocols",
 * "the Minsk Agreements"; "its security agreements" are no one treaty).
 */
export const TREATY_SET_HEADS: ReadonlySet<string> = new Set(['protocols', 'agreements', 'treaties']);

/** Words that, before a treaty head in lower case, make a descriptive treaty name ("mutual defence treaty"). */
export const TREATY_MODIFIERS: ReadonlySet<string> = new Set([
  'mutual', 'defense', 'defence', 'security', 'partnership', 'strategic', 'comprehensive', 'peace', 'trade',
  'free-trade', 'nuclear', 'military', 'bilateral', 'trilateral', 'multilateral', 'fisheries', 'fishing', 'maritime',
  'border', 'arms', 'non-aggression', 'cooperation', 'co-operation', 'friendship', 'economic', 'climate', 'grain',
  'export', 'ceasefire', 'cease-fire', 'nonproliferation', 'non-proliferation', 'assistance', 'investment', 'tariff',
  'interim', 'framework', 'fisheries', 'maritime', 'energy', 'gas', 'transit', 'prisoner', 'exchange', 'normalisation', 'normalization',
  // "the coalition agreement" of a government's parties.
  'coalition',
]);

/** Geographic heads ("Kursk region", "Korean Peninsula", "Black Sea"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'region', 'oblast', 'province', 'peninsula', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'island',
  'islands', 'river', 'valley', 'mountains', 'desert', 'coast', 'front', 'border', 'city', 'county', 'district',
  'state', 'territory', 'territories', 'area', 'krai', 'prefecture', 'canal', 'lake', 'plateau', 'basin', 'corridor',
  'banks', 'shoal', 'shoals', 'reef', 'reefs', 'archipelago', 'highlands', 'lowlands', 'delta', 'heights',
  // Named sites: "Dolmabahce Palace", "Suez Canal Economic Zone", "Vnukovo Airport".
  'palace', 'guesthouse', 'zone', 'airport', 'square', 'hotel', 'stadium', 'bridge', 'station', 'base', 'airbase',
  'camp', 'crossing', 'checkpoint', 'hospital', 'prison', 'tower', 'dam', 'terminal', 'strip',
  // Berths: "Queen Elizabeth II Quay", "Prince Albert Pier", "the Holm Quay" (named after a monarch, never a person).
  'quay', 'wharf', 'pier', 'jetty',
  // Streets and shrines: "Marten Avenue", "the Oreno Shrine".
  'avenue', 'street', 'boulevard', 'shrine', 'temple', 'cathedral', 'mosque',
  // Lines that divide land: "the Military Demarcation Line", "the Blue Line".
  'line',
  // Waters kept and paths walked: "the Linggiu Reservoir", "the Kokoda Track".
  'reservoir', 'track', 'trail',
]);

/** Words after a company's short name that its full name adds ("KVX Holding" is "KVX", "Norvik Technology" is "Norvik"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'holding', 'holdings', 'technology', 'technologies', 'group', 'corp', 'corporation', 'inc', 'ltd', 'co', 'company',
  'plc', 'ag', 'sa', 'nv', 'se', 'motor', 'motors', 'electronics', 'industries', 'systems', 'semiconductor',
  'semiconductors', 'international', 'limited', 'llc', 'gmbh',
]);

/** Area heads whose name is often written without them ("the Dareen Strip" is "Dareen"); a city or a site is not. */
export const AREA_HEADS_DROPPED: ReadonlySet<string> = new Set(['strip', 'peninsula', 'island', 'islands', 'islets', 'archipelago', 'valley', 'heights', 'delta', 'desert']);

/** Suffixes of a place name that do not change which place it is ("Kursk region" = "Kursk Oblast" = "Kursk"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['region', 'oblast', 'province', 'area', 'krai', 'prefecture', 'district', 'county', 'territory', 'state', 'crossing']);

/** Lower-case words after a name that make it a place's: the suffixes above, and a river's ("the Indus basin"). */
export const LOWER_CASE_PLACE_WORDS: ReadonlySet<string> = new Set([...PLACE_SUFFIXES, 'basin', 'river']);

/** Kinds of settlement or area a place is said to be in a state as ("the Qaderian port of Sidrah", "a Russian territory"). */
export const AREA_WORDS: ReadonlySet<string> = new Set([
  'port', 'harbour', 'harbor', 'city', 'town', 'village', 'capital', 'region', 'province', 'island', 'district',
  'enclave', 'exclave', 'territory', 'oblast', 'state', 'area', 'slum', 'neighbourhood', 'neighborhood', 'suburb', 'township',
  'hometown', 'birthplace', 'municipality',
]);

/**
 * Site words for waters, works and landmarks named after a place ("the Tonle Sap lake", "the Kalo dam", "the Ruvo
 * temple"), which no camp, town or person is spoken of with ("the Biden camp").
 */
export const LANDMARK_WORDS: ReadonlySet<string> = new Set([
  'lake', 'dam', 'reservoir', 'canal', 'valley', 'bridge', 'temple', 'pagoda', 'shrine', 'mosque', 'monastery', 'oilfield', 'gasfield',
]);

/** Lower-case words after a name that make it a site of its own ("Dravino airport", "the Kalemba mine", "Ondo town"). */
export const SITE_WORDS: ReadonlySet<string> = new Set([
  'airport', 'airbase', 'mine', 'town', 'camp', 'refinery', 'port', 'harbour', 'harbor', 'site', 'island', 'islet', 'islets', 'islands',
  ...LANDMARK_WORDS, 'market', 'palace', 'checkpoint',
  // Fields and blocks of oil, gas or ore ("the Greater Sunrise fields", "the Stabroek offshore block").
  'field', 'fields', 'block',
]);

/** Plurals of area words that a list of names shares ("the Varnelsk and Ostrovka oblasts", "the Tarim and Belcourt provinces"). */
export const AREA_PLURALS: ReadonlySet<string> = new Set([
  'oblasts', 'regions', 'provinces', 'states', 'districts', 'counties', 'prefectures', 'territories', 'governorates',
  'municipalities', 'cantons', 'krais',
  // "the Jhelum and Chenab rivers".
  'rivers', 'lakes', 'valleys',
  // "the Torkham and Chaman crossings".
  'crossings',
]);

/** Lower-case position words that place a name ("at the palace in Osung, central Nairobi"). */
export const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set([
  'eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
]);

/** Verbs whose object is a place passed through, a state's territory included ("transited Guam and Hawaii"). */
export const TRANSIT_VERBS: ReadonlySet<string> = new Set(['transited', 'transiting', 'transits', 'transit']);

/** Nouns after a demonym that make it the state acting ("South Korean authorities said"). */
export const STATE_ACTOR_NOUNS: ReadonlySet<string> = new Set([
  'government', 'authorities', 'officials', 'official', 'side', 'regime', 'leadership', 'administration', 'diplomats',
]);

/** Nouns after a demonym that make a Group ("North Korean troops", "Qaderian exporters"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'troops', 'soldiers', 'forces', 'fighters', 'units', 'servicemen', 'personnel', 'protesters', 'demonstrators',
  'workers', 'hackers', 'militants', 'rebels', 'sailors', 'marines', 'pilots', 'special forces', 'military units',
  'fishermen', 'farmers', 'exporters', 'importers', 'producers', 'residents', 'civilians', 'voters', 'students',
  'activists', 'refugees', 'migrants', 'settlers', 'miners', 'traders', 'investors', 'crews', 'prisoners', 'hostages',
  'opposition', 'insurgents', 'separatists', 'volunteers', 'mercenaries', 'veterans',
  // "Tajik border guards" patrolling, men of a service rather than the service itself.
  'border guards', 'guards',
  // "Tunisian security forces": police and gendarmes acting together, a group as troops are.
  'security forces',
  // Intelligence agencies spoken of together (MODEL.md): "South Korean intelligence officials".
  'intelligence officials', 'intelligence services', 'intelligence agencies',
  'carmakers', 'automakers',
  // Men sent out on a task ("Guatemalan patrols", "Russian inspectors", "South Korean recruiters"), and armed bands.
  'patrols', 'inspectors', 'recruiters', 'militias',
  // Armed men a state sends that are no troops of its line: "Russian paramilitaries".
  'paramilitaries',
]);

/** Collectives that act and that news names by a common noun alone ("protesters blocked the bridge"): MODEL.md's Group. */
export const ACTING_COLLECTIVES: ReadonlySet<string> = new Set(['protesters', 'demonstrators', 'rioters', 'farmers', 'refugees']);

/** Group nouns that name one fighting force: "North Korean troops" = "North Korean soldiers" = "North Korean forces". */
export const FORCE_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'troops', 'soldiers', 'forces', 'fighters', 'units', 'servicemen', 'personnel', 'marines', 'special forces', 'military units',
]);

/**
 * Armed movements that call themselves a state, and name their branches as its provinces ("Islamic State Sahel
 * Province"): organisations in news, their "State" no area word. Lower-case name words.
 */
export const STATE_NAMED_MOVEMENTS: ReadonlySet<string> = new Set(['islamic state']);

/** Armed men of no state, whom a side condemns in their own right ("condemned separatist fighters", "the gunmen"). */
export const ARMED_MEN_NOUNS: ReadonlySet<string> = new Set([
  'fighters', 'rebels', 'militants', 'insurgents', 'separatists', 'gunmen', 'attackers', 'jihadists', 'terrorists',
  'bandits', 'kidnappers', 'extremists', 'militias', 'militiamen',
]);

/**
 * Besides a state's forces (FORCE_WORDS), what is sent somewhere and stays there, which makes a sending a deployment
 * ("would send 200 police officers", "sent warships to", "keeps two battalions in").
 */
export const DEPLOYED_NOUNS: ReadonlySet<string> = new Set([
  'officers', 'police', 'engineers', 'peacekeepers', 'contingent', 'contingents', 'battalion', 'battalions', 'brigade',
  'brigades', 'garrison', 'garrisons', 'unit', 'warships', 'ships', 'jets', 'aircraft', 'planes', 'helicopters', 'drones',
]);

/** A state's warplanes and warships (not drones or aircraft, often sold abroad), which act for it when its adjective comes before them ("Russian warplanes held drills"). */
export const CRAFT_NOUNS: ReadonlySet<string> = new Set(['warplanes', 'warships', 'jets', 'fighter', 'bombers', 'submarines', 'destroyers', 'frigates']);

/** Words for a state's forces: "its troops fought" means the state that owns them. */
export const FORCE_WORDS: ReadonlySet<string> = new Set([...FORCE_GROUP_NOUNS, 'military', 'army']);

/** Nouns of acts of force, after which "on", "against", "of" (or "in") names the side that suffers them ("the attack on X"). */
export const FORCE_ACT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'assault', 'assaults', 'invasion',
  'occupation', 'shelling', 'bombing', 'bombardment', 'offensive', 'incursion', 'incursions', 'aggression', 'war',
]);

/** Nouns of harm done to a person, after which "of" names the one who suffers it ("the arrest of X", "the killing of X"). */
export const HARM_NOUNS: ReadonlySet<string> = new Set([
  'arrest', 'arrests', 'detention', 'detentions', 'killing', 'killings', 'murder', 'assassination', 'abduction', 'kidnapping',
  'jailing', 'imprisonment', 'execution', 'executions', 'torture', 'expulsion', 'disappearance', 'persecution', 'sentencing',
]);

/** Collective nouns that open a sentence as the speakers ("Analysts said …"): a Group, never a person's name. */
export const COLLECTIVE_SPEAKERS: ReadonlySet<string> = new Set([
  'analysts', 'experts', 'critics', 'witnesses', 'observers', 'residents', 'diplomats', 'economists', 'officials',
  'investigators', 'researchers', 'campaigners', 'activists', 'protesters', 'lawmakers', 'relatives', 'families', 'locals',
]);

/** Nouns after a demonym that make a body of the state ("the North Korean military"). */
export const STATE_BODY_NOUNS: Readonly<Record<string, string>> = {
  'military': 'armed forces',
  'armed forces': 'armed forces',
  'army': 'armed forces',
  'navy': 'navy',
  'foreign ministry': 'foreign ministry',
  'defense ministry': 'defense ministry',
  'defence ministry': 'defense ministry',
  'unification ministry': 'unification ministry',
  'parliament': 'parliament',
  'intelligence': 'intelligence service',
  'coastguard': 'coast guard',
  'coast guard': 'coast guard',
  // "Kazakhstan's central bank", "the Zambian central bank": a state's bank of issue (centralBanks.ts gives it its name).
  'central bank': 'central bank',
};
