// Structure from titles and appositions: "North Korean leader Kim Jong Un" → LEADS; "Koo, spokesperson for the
// Ministry of Unification" → SPEAKS_FOR; "the Central Military Commission of the Workers' Party" → PART_OF. Whose an
// office is when the sentence does not say is officeStates.ts; where a place lies is placesWithin.ts.
import type { LocalRelation } from '../types.ts';
import type { SentenceMentions, Mention } from './mentions.ts';
import { isAmbiguousBody } from './chunkKinds.ts';
import type { ArticleEntities } from './entities.ts';
import { initials } from './acronymAliases.ts';
import { beforeBracketedAcronym, joinTokens, type Token } from './tokens.ts';
import { COURTESY_TITLES, HONORIFICS, LEGISLATOR_TITLES, MILITARY_RANKS, OCCUPATIONS, PAST_OFFICE_WORDS, POSTED_OFFICES, RANK_WORDS, SOUTH_ASIAN_SECRETARIATS, STATE_OFFICES, UK_CABINET_OFFICES, US_ONLY_OFFICES, isMilitaryRank, isPortfolioWord, titleRelation, type TitleRelation } from './lexicon/titles.ts';
import { GOVERNMENT_BODY_HEADS, INTERNATIONAL_BODY_HEADS, ORGANIZATION_HEADS, UN_ORGANS } from './lexicon/headWords.ts';
import { countryBySeat, isPeopleWord, lookupKey } from './gazetteer.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { PRESUMED_CONFIDENCE } from '../../graph/model.ts';
import { apartFromCounterpart, apartFromPartner, lastStateNamed, recentBody, recentState } from './officeStates.ts';
import { placeAfter, placeBefore } from './placesWithin.ts';
import { isUnitNamedAfter, isSentGroupNoun } from './unitsOfBodies.ts';
import { isWorldRegionName } from './compassRegions.ts';
import { sayingVerbBefore } from './clauseTokens.ts';
import { seatsInLegislature } from './legislatorSeats.ts';

/** Offices of an organisation that a story names before it names the holder ("Chief Executive X said"). */
const ORGANISATION_OFFICES = new Set(['chief executive', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'director general', 'director-general', 'secretary-general', 'secretary general', 'head']);
const APPOSITION_LINKS = new Set(['for', 'of', 'at', 'to', 'in']);
/** Words that say one belongs to a body only in an apposition ("X, a member of the council,"). */
const APPOSITION_OFFICES: Readonly<Record<string, TitleRelation>> = { member: 'MEMBER_OF', 'senior member': 'MEMBER_OF' };
/** How many words may qualify an office in an apposition ("a Sudanese researcher at"). */
const MAX_QUALIFIERS = 2;
/** Titles of one who speaks for a body or a state. */
const SPOKESPERSON_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

export interface Roles {
  relations: LocalRelation[];
  /** Role strings per person entity key ("spokesman for the Ministry of National Defense"). */
  roles: Map<string, Set<string>>;
}

export function findStructure(sentences: SentenceMentions[], resolved: ArticleEntities): Roles {
  const relations: LocalRelation[] = [];
  const roles = new Map<string, Set<string>>();
  const add = (relation: LocalRelation) => {
    if (relation.subject !== relation.object) relations.push(relation);
  };
  const statesOwning: LocalRelation[] = [];
  /** The office (its last word: "president", "minister") each head's LEADS relation was read from. */
  const leadingOffice = new Map<LocalRelation, string>();
  /** LEADS relations whose state was read from the sentence around a bare title, not from the title itself. */
  const readNearby = new Set<LocalRelation>();
  /** Legislators whose chamber no title names, by the sentence that first calls them so (see legislatorSeats.ts). */
  const legislators = new Map<string, number>();
  // A short form ("its", "the Union's", "the ministry") has its kind only once resolved.
  const isBody = (mention: Mention) => {
    const key = resolved.entityOf.get(mention);
    const kind = key ? resolved.entities.get(key)?.kind : mention.kind;
    return kind === 'Government' || kind === 'Organization';
  };
  sentences.forEach((sentence, index) => {
    const { tokens, mentions } = sentence;
    for (const mention of mentions) {
      const key = resolved.entityOf.get(mention);
      const entity = key ? resolved.entities.get(key) : undefined;
      if (!key || !entity) continue;
      if (entity.kind === 'Person' && mention.form !== 'pronoun') {
        // "Captain Ruben Ostra, spokesman for the Lusanian Navy": a title before the name and one after it.
        // "RDF spokesperson Brigadier General X": a military rank written with the name may follow the office.
        const rankWords = mention.title && MILITARY_RANKS.has(mention.title.title) && !mention.title.of ? mention.title.title.split(' ').length : 0;
        const rankStart = rankWords && tokens.slice(mention.start - rankWords, mention.start).map((token) => token.lower).join(' ') === mention.title!.title ? mention.start - rankWords : mention.start;
        const officeBeforeRank = rankStart < mention.start ? titleBefore(tokens, mentions, { ...mention, start: rankStart }) : undefined;
        // ("Its spokesman, Colonel X", "The government spokesman, Colonel X": an office set off before a rank is the person's.)
        const own = withPossessor(mention.title, tokens, mentions, mention, isBody);
        const beforeComma = carriedOn(titleBeforeComma(tokens, mentions, mention, isBody), sentences, resolved, index);
        const titles: (Title | undefined)[] = [
          asCounterpart(officeBeforeRank ?? (own && !own.of && (beforeComma?.of || (beforeComma && isMilitaryRank(own.title))) ? beforeComma : own ?? titleBefore(tokens, mentions, mention) ?? beforeComma), tokens, mentions, mention),
          ...titlesAfter(tokens, mentions, mention, isBody).map((title) => carriedOn(title, sentences, resolved, index, mention)!),
        ];
        const headed = headedAfter(tokens, mentions, mention, isBody, () => lastStateNamed(sentences, resolved, index, mention.start));
        if (headed) titles.push(headed);
        // "Its chair, Solomon Islands Prime Minister X,": an office set off before the title in capitals, too.
        let titleStart = mention.start;
        while (titleStart > 0 && !tokens[titleStart - 1].punct && tokens[titleStart - 1].capitalized) titleStart--;
        // (Not "In a letter to the council's president, Foreign Minister X wrote": a phrase after a preposition.)
        let segment = titleStart - 2;
        while (segment >= 0 && !tokens[segment].punct) segment--;
        const apposed = tokens.slice(segment + 1, titleStart - 1).every((token) => token.lower === 'of' || !PREPOSITIONS.has(token.lower));
        // ("Its head, General X,": an "its" that opens the sentence is the body before, with a rank as with none.)
        const before = apposed && titleStart < mention.start && tokens[titleStart - 1]?.text === ',' ? asCounterpart(carriedOn(possessedTitleBefore(tokens, mentions, titleStart - 1, isBody), sentences, resolved, index), tokens, mentions, mention) : undefined;
        if (before && titles[0]) titles.push(before);
        // ("KFOR's commander, Italian Maj. Gen. X": the adjective before an international body's officer's rank gives a
        // nationality, not a state served.)
        if (before?.of && titles[0] && isMilitaryRank(titles[0].title) && titles[0].of?.modifier && resolved.entities.get(resolved.entityOf.get(before.of) ?? '')?.kind === 'Organization') titles.shift();
        // "accused the government of Pedro Sánchez of …", "the government of co-presidents X and Y": the people whose
        // government it is head it.
        if (!titles.some(Boolean) && isGovernmentOf(tokens, mentions, mention)) titles.push({ title: 'head of government', relation: 'LEADS' });
        // "the two envoys, Turkey's X and Armenia's Y": a person named as a state's, with no office said, serves it — unless
        // the article gives the person's office elsewhere ("Russia's Putin" is its president).
        // (Not after "of": "a unit of Cameroon's Rapid Intervention Battalion" names a thing the state owns.)
        const ownerState = mentions.find((other) => other.end === mention.start && other.possessive && resolved.entityOf.get(other)?.startsWith('state:') && tokens[other.start - 1]?.lower !== 'of');
        if (!titles.some(Boolean) && ownerState) statesOwning.push({ kind: 'MEMBER_OF', subject: key, object: resolved.entityOf.get(ownerState)!, sentence: index, confidence: PRESUMED_CONFIDENCE });
        // "a coalition government led by X", "the government headed by X": X heads the government of the state spoken of.
        if (!titles.some(Boolean) && governmentLedBy(tokens, mention)) titles.push({ title: 'head of government', relation: 'LEADS' });
        // "X, who is seeking a third term at the head of the National People's Party": the body X is at the head of.
        const headOf = atTheHeadOf(tokens, mentions, mention, isBody);
        if (headOf) titles.push({ title: 'head', relation: 'LEADS', of: headOf });
        // "President Emmanuel Macron of France", "Agboola Ajayi of the Peoples Democratic Party".
        const worksAt = bodyWorkedAt(tokens, mentions, mention, isBody);
        if (worksAt) titles.push({ title: 'member', relation: 'MEMBER_OF', of: worksAt });
        const party = partyOfWhose(tokens, mentions, mention, resolved);
        if (party) titles.push({ title: 'member', relation: 'MEMBER_OF', of: party });
        const ofAfter = bodyAfterName(tokens, mentions, mention, isBody);
        // ("Fisheries economist X of the University of Y": a capital word that is no entity owns nothing.)
        // ("Dr X of the University of Y": a courtesy title is no office to give the body to.)
        const office = titles[0] && !COURTESY_TITLES.has(titles[0].title.replace(/\.$/, '')) ? titles[0] : undefined;
        // ("Lusanian analyst X": a state's adjective before an occupation says where X is from, not whom X serves.)
        const fromState = office?.of && isNationality(office, resolved);
        if (fromState) titles[0] = { ...office, of: undefined };
        // ("President X of the Green Party", "Foreign Minister Y of the Centre Alliance": a state's office held by a party's
        // member — the party is a seat of the holder's, not the body of the office.)
        if (ofAfter && office && !office.of && isStatePartyMember(office.title, ofAfter, tokens, resolved)) titles.push({ title: 'member', relation: 'MEMBER_OF', of: ofAfter });
        else if (ofAfter && office && (fromState || !(office.of && resolved.entityOf.get(office.of)))) titles[0] = { ...office, of: ofAfter };
        else if (ofAfter && !office && !resolved.entityOf.get(ofAfter)?.startsWith('state:')) titles.push({ title: 'member', relation: 'MEMBER_OF', of: ofAfter });
        for (const held of titles) {
          if (!held || COURTESY_TITLES.has(held.title.replace(/\.$/, ''))) continue;
          const joined = held.of && isJoinedPortfolio(tokens, held.of, held.title, resolved) ? { ...held, of: undefined } : held;
          const title = joined.of ? { ...joined, of: firmOfStateIts(joined.title, joined.of, mentions, resolved) } : joined;
          // ("Turkish Cypriot leader X", "the Greek Cypriot negotiator": a people's word before a state's adjective names a
          // community, whose leader holds no office of the state.)
          if (title.of?.modifier && isPeopleWord(tokens[title.of.start - 1]?.text ?? '')) continue;
          // "Fisheries Minister X" after a sentence about Lusania; "X, the country's president": the story's state.
          // "Government spokesman X": the government of the state the story is about.
          // ("Presidential spokesman X": the presidency's, the state's.)
          const ofGovernment = /^(government|presidential)\b/.test(title.title);
          // "She said President X had instructed …": the office-holder a speaker names first is of the speaker's state.
          // "The Peruvian foreign ministry said President X …", "A U.N. spokesperson said Secretary-General Y …": the body
          // whose words name the office-holder is the holder's, or its state is.
          const speakingBody = !title.of ? bodySaying(tokens, mentions, mention, resolved) : undefined;
          const bodyState = speakingBody?.startsWith('state:') ? speakingBody : speakingBody && resolved.entities.get(speakingBody)?.state ? `state:${resolved.entities.get(speakingBody)!.state}` : undefined;
          const spokenOf = !title.of && STATE_OFFICES.test(title.title) ? speakersState(tokens, mentions, mention, title.title, resolved, relations) ?? (bodyState && resolved.entities.has(bodyState) ? bodyState : undefined) : undefined;
          // ("Secretary of State X" in a story about Venezuela, "Home Secretary X" in one about Albania: an office only one
          // state has is its, if named.)
          const onlyOf = !title.of ? singleStateOffice(title.title, resolved) : undefined;
          // ("Commission President X", "Senate Speaker Y": a body's head word before the office names the body led.)
          const chamber = !title.of ? bodyWordBeforeTitle(tokens, mentions, mention, title.title, resolved) : undefined;
          const found = chamber || (!title.of && isPlaceWhoseOffice(tokens, mentions, mention, title.title, resolved)) ? undefined : onlyOf ? (resolved.entities.has(onlyOf) ? { key: onlyOf, presumed: false } : undefined) : spokenOf ? { key: spokenOf, presumed: true } : !title.of && (STATE_OFFICES.test(title.title) || ofGovernment) ? recentState(sentences, resolved, index, mention.start, key, title.title) : undefined;
          const counterpartApart = found && apartFromCounterpart(found, tokens, mentions, mention, resolved);
          const officeStateOf = (holder: string) => relations.find((relation) => relation.subject === holder && relation.sentence === index && (relation.kind === 'LEADS' || relation.kind === 'MEMBER_OF') && relation.object.startsWith('state:'))?.object;
          const state = counterpartApart && !onlyOf && !spokenOf ? apartFromPartner(counterpartApart, title, tokens, mentions, mention, resolved, officeStateOf) : counterpartApart;
          // "China's foreign ministry rejected it. Spokesman Wang Yuqi said …": a spokesperson, or a chief executive, of
          // no named body speaks for (or leads) the body the narration named last.
          const ownBody = speakingBody && resolved.entities.get(speakingBody)?.kind === 'Organization' ? speakingBody : undefined;
          const lastBody = !title.of && !state && (title.relation === 'SPEAKS_FOR' || ORGANISATION_OFFICES.has(title.title)) ? ownBody ?? recentBody(sentences, resolved, index) : undefined;
          // "Justice Commissioner X wrote …": a commissioner of no named body sits on the one Commission the article names.
          const commission = !title.of && !state && isCommissioner(title.title) ? namedCommission(resolved) : undefined;
          // ("The Central Bank of X raised rates. Governor Y said …": a governor of no named body governs the bank just named.)
          // (Only a bank of the sentence just before, and no governor "of" a province: "Governor X of Kessa province".)
          const governed = !title.of && !state && title.title === 'governor' && tokens[mention.end]?.lower !== 'of' ? recentBody(sentences, resolved, index) : undefined;
          const bank = governed && isBankName(resolved.entities.get(governed)!.name) && resolved.entities.get(governed)!.sentences.has(index - 1) ? governed : undefined;
          const named = title.of ? partyOfWord(resolved.entityOf.get(title.of), resolved) : chamber ? chamber.key : state?.key ?? lastBody ?? commission ?? bank;
          // "His water minister, X": the office of a person's government is in the body or state that person serves.
          const servedOf = named && resolved.entities.get(named)?.kind === 'Person' ? servedBy(relations, named) : named;
          // "Ghana's military ruler, Col. X": a ruler rules the state whose forces the chunk names, not the forces.
          const forcesState = title.title === 'ruler' && servedOf && !servedOf.startsWith('state:') ? resolved.entities.get(servedOf)?.state : undefined;
          const of = forcesState && resolved.entities.has(`state:${forcesState}`) ? `state:${forcesState}` : servedOf;
          const ofEntity = of ? resolved.entities.get(of) : undefined;
          // "former Sierra Leonean President Ernest Bai Koroma": an office held once is a role, not a relation now.
          const former = isFormer(tokens, title.of && title.of.end <= mention.start ? Math.min(title.of.start, mention.start) : mention.start);
          const office = former ? `former ${title.title}` : title.title;
          const role = ofEntity ? `${office} ${title.relation === 'SPEAKS_FOR' ? 'for' : 'of'} ${ofEntity.name}` : office;
          if (!roles.has(key)) roles.set(key, new Set());
          roles.get(key)!.add(role);
          if (!former && LEGISLATOR_TITLES.test(title.title) && !legislators.has(key)) legislators.set(key, index);
          // (A speaker presides over a chamber, never a state: "its speaker" there is the chamber's, not the state's.)
          const speakerOfState = title.title === 'speaker' && of?.startsWith('state:');
          if (!former && !speakerOfState && of && ofEntity && (ofEntity.kind === 'Government' || ofEntity.kind === 'Organization')) {
            // "the group's commander" leads the group; a state's commander is one of its officers.
            // ("Its minister, X" of a ministry, "Health Minister X of the Ministry of Health": a ministry's minister heads it.)
            // (Not "X, a minister in the Ministry of Y": one of its ministers.)
            const oneOf = tokens[mention.end]?.text === ',' && /^(a|an)$/.test(tokens[mention.end + 1]?.lower ?? '');
            // (A bank's governor heads it: "Its governor, X", "X, governor of the Bank of Y".)
            const heads = (/^commander$/.test(title.title) && !of.startsWith('state:')) || (!oneOf && ministerOfMinistry(title.title, ofEntity.name)) || (title.title === 'governor' && isBankName(ofEntity.name));
            const relation = heads ? 'LEADS' : title.relation;
            const props = relation === 'MEMBER_OF' ? { role: title.title } : undefined;
            const presumed = Boolean(state?.presumed || lastBody);
            const added = { kind: relation, subject: key, object: of, sentence: index, confidence: presumed ? PRESUMED_CONFIDENCE : 0.9, props };
            add(added);
            if (relation === 'LEADS') leadingOffice.set(added, title.title.split(' ').at(-1)!);
            if (relation === 'LEADS' && found && 'nearby' in found && found.nearby && found.key === of) readNearby.add(added);
          }
        }
      }
      if (entity.kind === 'Place') {
        const container = mention.locatedIn ? resolved.entityOf.get(mention.locatedIn) : placeAfter(tokens, mentions, mention, resolved) ?? placeBefore(tokens, mentions, mention, resolved);
        if (container && container !== key) add({ kind: 'LOCATED_IN', subject: key, object: container, sentence: index, confidence: 0.75 });
      }
      // "the Central Military Commission of the Workers' Party": a commission that belongs to a state organ is one too.
      // … or owned by one: "the U.S. Treasury's Office of Foreign Assets Control".
      if (entity.kind === 'Organization' && isAmbiguousBody(entity.name)) {
        const parent = partOfAfter(tokens, mentions, mention, resolved) ?? possessorBefore(mentions, mention, resolved);
        if (parent && resolved.entities.get(parent)?.kind === 'Government') {
          entity.kind = 'Government';
          entity.state ??= resolved.entities.get(parent)?.state;
          add({ kind: 'PART_OF', subject: key, object: parent, sentence: index, confidence: 0.85 });
        }
      }
      // "UN Security Council", "Council of the European Union", "the European Union's General Court", "the European
      // Commission": a body of an international organisation the article names.
      // (… and "the SACU Council of Ministers", read as a body of no state, is the organisation's.)
      if (entity.kind === 'Organization' || (entity.kind === 'Government' && key.startsWith('body:?:') && !entity.state)) {
        const parent = entity.kind === 'Organization' ? organisationOf(entity.name, mention, mentions, resolved) : organisationByAcronym(entity.name, key, resolved);
        if (parent && parent !== key) add({ kind: 'PART_OF', subject: key, object: parent, sentence: index, confidence: 0.8 });
      }
      // "the Social Science Research Institute at the University of Iceland": a university's institute is its part.
      if (entity.kind === 'Organization' && mention.form === 'name') {
        const university = universityOf(tokens, mentions, mention, resolved);
        if (university && university !== key) add({ kind: 'PART_OF', subject: key, object: university, sentence: index, confidence: 0.75 });
      }
      // "the European Union's naval mission Aspides", "The U.N. peacekeeping mission, MONUSCO,", "its Peace Facility":
      // a unit named as an organisation's or a state's mission, force or body is part of it.
      if ((entity.kind === 'Organization' || (entity.kind === 'Government' && !key.startsWith('state:'))) && mention.form === 'name') {
        const owner = ownerOfUnit(tokens, mentions, mention, resolved);
        if (owner && owner !== key && !relations.some((relation) => relation.kind === 'PART_OF' && relation.subject === key && relation.object === owner)) add({ kind: 'PART_OF', subject: key, object: owner, sentence: index, confidence: 0.75 });
      }
      if (entity.kind === 'Government' && (key.startsWith('body:') || key.startsWith('org:'))) {
        const after = partOfMentionAfter(tokens, mentions, mention, resolved);
        const parent = after?.key ?? possessorBefore(mentions, mention, resolved);
        // "the Storting of Norway": the whole phrase is a name of the body too.
        if (after && after.key !== key) entity.aliases.add(joinTokens(tokens.slice(mention.start, after.end)));
        if (parent && parent !== key) {
          add({ kind: 'PART_OF', subject: key, object: parent, sentence: index, confidence: 0.85 });
          const parentEntity = resolved.entities.get(parent);
          if (!entity.state && parentEntity?.state) entity.state = parentEntity.state;
        }
      }
    }
  });
  /** Bodies set off as shared by states ("the X Commission, the joint body that …"): no one state's part. */
  const sharedBodies = new Set<string>();
  // "The National Council, Slovakia's parliament,": a body set off as a state's or an organisation's body is its part.
  sentences.forEach(({ tokens, mentions }, index) => {
    for (const mention of mentions) {
      const key = resolved.entityOf.get(mention);
      const article = tokens[mention.end + 1]?.lower;
      if (key && tokens[mention.end]?.text === ',' && (article === 'the' || article === 'a') && SHARED_WORDS.test(tokens[mention.end + 2]?.lower ?? '')) sharedBodies.add(key);
      const kind = key ? resolved.entities.get(key)?.kind : undefined;
      if (!key || key.startsWith('state:') || mention.form !== 'name' || (kind !== 'Government' && kind !== 'Organization')) continue;
      const owner = ownerSetOffAfter(tokens, mentions, mention, resolved);
      if (owner && owner !== key && !relations.some((relation) => relation.kind === 'PART_OF' && relation.subject === key)) add({ kind: 'PART_OF', subject: key, object: owner, sentence: index, confidence: 0.8 });
    }
  });
  for (const seat of seatsInLegislature(legislators, relations, resolved)) add(seat);
  const holdsOffice = new Set(relations.filter((relation) => relation.kind === 'LEADS' || relation.kind === 'MEMBER_OF' || relation.kind === 'SPEAKS_FOR').map((relation) => relation.subject));
  for (const relation of statesOwning) if (!holdsOffice.has(relation.subject)) add(relation);
  // "the National Assembly of Tarvo Republika": a body named after another body or a state of the article is its part.
  for (const entity of resolved.entities.values()) {
    if (entity.kind !== 'Government' || !entity.key.startsWith('body:') || relations.some((relation) => relation.kind === 'PART_OF' && relation.subject === entity.key)) continue;
    const owner = /\bof (?:the )?(\p{Lu}.+)$/u.exec(entity.name)?.[1];
    const parent = owner ? [...resolved.entities.values()].find((other) => other !== entity && other.kind === 'Government' && other.key.startsWith('body:') && other.name === owner) : undefined;
    if (parent) add({ kind: 'PART_OF', subject: entity.key, object: parent.key, sentence: Math.min(...entity.sentences), confidence: 0.8 });
  }
  // Every body whose state is known is part of it.
  for (const entity of resolved.entities.values()) {
    // (Not an organisation named with its state, "the Bulgarian Socialist Party": a party or a company is no state's body.)
    if (!entity.key.startsWith('body:') || !entity.state || entity.kind !== 'Government' || sharedBodies.has(entity.key)) continue;
    const stateKey = `state:${entity.state}`;
    if (relations.some((relation) => relation.kind === 'PART_OF' && relation.subject === entity.key)) continue;
    if (resolved.entities.has(stateKey)) {
      add({ kind: 'PART_OF', subject: entity.key, object: stateKey, sentence: Math.min(...entity.sentences), confidence: 0.8 });
    }
  }
  // "EU Enlargement Commissioner X", "the EU's enlargement commissioner, X": a commissioner of an organisation sits on
  // its Commission, when the article names one as the organisation's part.
  for (const relation of relations) {
    if (relation.kind !== 'MEMBER_OF' || !isCommissioner(relation.props?.role ?? '') || resolved.entities.get(relation.object)?.kind !== 'Organization') continue;
    const part = relations.find((other) => other.kind === 'PART_OF' && other.object === relation.object && /\bCommission$/.test(resolved.entities.get(other.subject)?.name ?? ''));
    if (part) relation.object = part.subject;
  }
  // "… he had asked President X for a meeting": a head presumed to lead the story's state, which the article shows
  // someone else to lead, leads another.
  // (Not by a leader of the other executive office: a state may have both a president and a prime minister, "Malta's
  // Prime Minister X … President Y is expected to swear X in" — but a king's or an emir's state is led by the one named.)
  const named = relations.filter((relation) => relation.kind === 'LEADS' && relation.confidence > PRESUMED_CONFIDENCE);
  const otherExecutive = (one: string | undefined, other: string | undefined) => (one === 'president' && other === 'minister') || (one === 'minister' && other === 'president');
  const ledByAnother = (relation: LocalRelation) => named.some((leader) => leader.object === relation.object && !otherExecutive(leadingOffice.get(leader), leadingOffice.get(relation)));
  // ("President X, has ruled the country since 1979": a state read from the text beats one presumed for the same office.)
  const servesNamed = new Set(relations.filter((relation) => relation.kind === 'LEADS' && relation.confidence > PRESUMED_CONFIDENCE && relation.object.startsWith('state:')).map((relation) => relation.subject));
  // ("Tarvia and China signed it during a visit by President X … Chinese President Y": a state read from the sentence
  // around a bare title is another's when the article names the holder of that very office with the state.)
  const sameOfficeByName = (relation: LocalRelation) => named.some((leader) => leader.object === relation.object && leader.subject !== relation.subject && !readNearby.has(leader) && leadingOffice.get(leader) === leadingOffice.get(relation));
  const kept = relations.filter((relation) => !(relation.kind === 'LEADS' && relation.confidence <= PRESUMED_CONFIDENCE && (ledByAnother(relation) || servesNamed.has(relation.subject)) && relation.object.startsWith('state:')) && !(readNearby.has(relation) && sameOfficeByName(relation)));
  return { relations: kept, roles };
}

/** Offices only a firm or an organisation has, never a state ("its director", "its chief executive"). */
const FIRM_OFFICES = /^(director|managing director|director general|director-general|chief executive|chief executive officer|ceo)$/;

/**
 * "… sanctioned Coral Bay Shipping, a firm that acted as Togo's registry, and its director, X": an "its" read as a state
 * before a firm's office is the organisation named last before it in the sentence (none if none is).
 */
function firmOfStateIts(title: string, of: Mention, mentions: Mention[], resolved: ArticleEntities): Mention | undefined {
  if (of.form !== 'pronoun' || !FIRM_OFFICES.test(title) || !resolved.entityOf.get(of)?.startsWith('state:')) return of;
  return mentions.filter((mention) => mention.end <= of.start && !mention.inQuote && resolved.entities.get(resolved.entityOf.get(mention) ?? '')?.kind === 'Organization').at(-1);
}

/** Words that set a body off as shared by states ("the joint body", "a bilateral commission"). */
const SHARED_WORDS = /^(joint|bilateral|binational|bi-national|intergovernmental|transboundary|cross-border)$/;

/** The state, body or organisation in "NAME of (the) X", right after the name. */
function bodyAfterName(tokens: Token[], mentions: Mention[], person: Mention, isBody: (mention: Mention) => boolean): Mention | undefined {
  let at = person.end;
  // "Analyst X, of the Y Institute, said": the phrase may be set off by a comma.
  if (tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'of') at++;
  if (tokens[at]?.lower !== 'of') return undefined;
  at++;
  if (tokens[at]?.lower === 'the') at++;
  // "of the ruling …", "of the Lagos-based …", "of the campaign group …", "of the consultancy …": a word or two
  // saying what the body is, in lower case.
  for (let words = 0; words < 2 && tokens[at] && !tokens[at].punct && (!tokens[at].capitalized || /-based$/.test(tokens[at].lower)); words++) at++;
  const body = mentions.find((mention) => mention.start === at && isBody(mention) && !mention.modifier);
  // "of the Peoples Democratic Party (PDP)" or "of France," — the name must end the phrase.
  return body && (!tokens[body.end] || tokens[body.end].punct || !tokens[body.end].capitalized) && tokens[body.end]?.lower !== "'s" ? body : undefined;
}

/**
 * Whether a body named "of" after a state's office-holder is the holder's party: a party by its name or its opposition
 * or ruling place, or any organisation after a minister's office (no minister serves an organisation).
 */
function isStatePartyMember(title: string, body: Mention, tokens: Token[], resolved: ArticleEntities): boolean {
  const entity = resolved.entities.get(resolved.entityOf.get(body) ?? '');
  if (!STATE_OFFICES.test(title) || entity?.kind !== 'Organization') return false;
  const party = /\bparty\b/i.test(entity.name) || tokens[body.end]?.lower === 'party' || /^(opposition|ruling)$/.test(tokens[body.start - 1]?.lower ?? '');
  return party || /\bminister$/.test(title);
}

/**
 * "Commission President X", "Senate Speaker Y": a body's head word in capitals right before the office, in no name of
 * its own. The body is the one the article names with that head word, if it names one; either way the office is no
 * state's (`key` is then undefined).
 */
function bodyWordBeforeTitle(tokens: Token[], mentions: Mention[], person: Mention, title: string, resolved: ArticleEntities): { key?: string } | undefined {
  const start = person.start - title.split(' ').length;
  if (tokens.slice(start, person.start).map((token) => token.lower).join(' ') !== title) return undefined;
  const word = tokens[start - 1];
  if (!word || word.punct || !word.capitalized || !(GOVERNMENT_BODY_HEADS.has(word.lower) || INTERNATIONAL_BODY_HEADS.has(word.lower))) return undefined;
  if (mentions.some((mention) => mention.start <= start - 1 && mention.end > start - 1)) return undefined;
  const bodies = [...resolved.entities.values()].filter((entity) => (entity.kind === 'Government' || entity.kind === 'Organization') && !entity.key.startsWith('state:') && entity.name.split(/\s+/).at(-1)?.toLowerCase() === word.lower);
  return { key: bodies.length === 1 ? bodies[0].key : undefined };
}

/** A bank's name ("Bank of Papua New Guinea", "Reserve Bank of Zimbabwe", "the National Bank of Kazakhstan"). */
function isBankName(name: string): boolean {
  return /\bbank\b/i.test(name);
}

/** How far before "whose" the place it refers to may be named ("Bougainville, the autonomous region whose president X"). */
const WHOSE_REACH = 5;

/**
 * "Bougainville, the autonomous region whose president X": an office after "whose" is the one of what "whose" refers
 * to; when that is a place (a region, a province), the office is no state's, whatever state the story is about.
 */
function isPlaceWhoseOffice(tokens: Token[], mentions: Mention[], person: Mention, title: string, resolved: ArticleEntities): boolean {
  const start = person.start - title.split(' ').length;
  if (tokens[start - 1]?.lower !== 'whose' || tokens.slice(start, person.start).map((token) => token.lower).join(' ') !== title) return false;
  const referent = mentions.filter((mention) => mention.end < start - 1 && mention.end >= start - 1 - WHOSE_REACH && resolved.entityOf.get(mention)).at(-1);
  return Boolean(referent && resolved.entities.get(resolved.entityOf.get(referent)!)?.kind === 'Place');
}

/**
 * "Mining and Heavy Industry Minister X": a name joined by "and" to a capitalised word before a minister's title is the
 * second of two portfolios, no body, when it ends in a portfolio's word (not a state, "Russian and Ukrainian Foreign
 * Minister", nor a body by its head word).
 */
function isJoinedPortfolio(tokens: Token[], owner: Mention, title: string, resolved: ArticleEntities): boolean {
  if (!/\bminister$/.test(title) || owner.form !== 'name' || tokens[owner.start - 1]?.lower !== 'and' || !tokens[owner.start - 2]?.capitalized) return false;
  if (owner.end + title.split(' ').length > tokens.length || resolved.entityOf.get(owner)?.startsWith('state:')) return false;
  return isPortfolioWord(tokens[owner.end - 1].lower) && !tokens.slice(owner.start, owner.end).some((token) => GOVERNMENT_BODY_HEADS.has(token.lower));
}

/** "Lusanian analyst X", "Veskian economist X": an occupation whose owner is a state's adjective, a nationality. */
function isNationality(title: Title, resolved: ArticleEntities): boolean {
  const owner = title.of;
  return Boolean(owner && OCCUPATIONS.has(title.title) && (owner.modifier || owner.form === 'bare') && resolved.entityOf.get(owner)?.startsWith('state:'));
}

/**
 * "She said President X had instructed his government …", "He said President X and …": a sentence that opens with a
 * pronoun and a verb of saying and then names an office-holder gives the office to the state the speaker serves.
 */
function speakersState(tokens: Token[], mentions: Mention[], person: Mention, title: string, resolved: ArticleEntities, relations: LocalRelation[]): string | undefined {
  const titleStart = person.start - title.split(' ').length;
  if (titleStart !== 2 || !SPEECH_VERBS.has(tokens[1]?.lower ?? '') || !/^(he|she)$/.test(tokens[0]?.lower ?? '')) return undefined;
  const speaker = mentions.find((mention) => mention.start === 0 && mention.form === 'pronoun');
  const key = speaker ? resolved.entityOf.get(speaker) : undefined;
  const served = key ? relations.find((relation) => relation.subject === key && (relation.kind === 'MEMBER_OF' || relation.kind === 'LEADS' || relation.kind === 'SPEAKS_FOR')) : undefined;
  const state = served ? (served.object.startsWith('state:') ? served.object : resolved.entities.get(served.object)?.state && `state:${resolved.entities.get(served.object)!.state}`) : undefined;
  return state && resolved.entities.has(state) ? state : undefined;
}

/**
 * "The Peruvian foreign ministry said President X …", "A U.N. spokesperson in New York said Secretary-General Y …": the
 * state or body that opens a sentence (or names its speaker) and says an office-holder's name right after its verb.
 */
function bodySaying(tokens: Token[], mentions: Mention[], person: Mention, resolved: ArticleEntities): string | undefined {
  // (Past the title before the name: "said President X".)
  let at = person.start;
  while (at > 1 && !tokens[at - 1].punct && tokens[at - 1].capitalized) at--;
  const verb = sayingVerbBefore(tokens, at);
  if (verb === undefined) return undefined;
  const subject = mentions.find((mention) => !mention.inQuote && mention.end <= verb);
  if (!subject || subject.start > (/^(a|an|the)$/.test(tokens[0]?.lower ?? '') ? 1 : 0)) return undefined;
  const key = resolved.entityOf.get(subject);
  const kind = key ? resolved.entities.get(key)?.kind : undefined;
  return kind === 'Government' || kind === 'Organization' ? key : undefined;
}

/** "Labour leader X" in an article that names the Labour Party: the one word before an office stands for the party. */
function partyOfWord(key: string | undefined, resolved: ArticleEntities): string | undefined {
  const entity = key ? resolved.entities.get(key) : undefined;
  if (!entity || entity.kind !== 'Organization' || /\s/.test(entity.name)) return key;
  const party = [...resolved.entities.values()].find((other) => other.kind === 'Organization' && other.name === `${entity.name} Party`);
  return party?.key ?? key;
}

/** A member of a Commission ("enlargement commissioner"), not a state's envoy ("high commissioner"). */
function isCommissioner(title: string): boolean {
  return /\bcommissioner$/.test(title) && !/\bhigh commissioner$/.test(title);
}

/** The one body the article names "… Commission" ("the European Commission"), if it names exactly one. */
function namedCommission(resolved: ArticleEntities): string | undefined {
  const found = [...resolved.entities.values()].filter((entity) => (entity.kind === 'Organization' || entity.kind === 'Government') && /\bCommission$/.test(entity.name));
  return found.length === 1 ? found[0].key : undefined;
}

/**
 * The one state whose office a title names without it: the United States' "Secretary of State"; the United Kingdom's
 * "Home Secretary" when the article names Britain and no South Asian state, whose senior civil servants share the style.
 */
function singleStateOffice(title: string, resolved: ArticleEntities): string | undefined {
  if (US_ONLY_OFFICES.test(title)) return 'state:US';
  const southAsian = [...SOUTH_ASIAN_SECRETARIATS].some((code) => resolved.entities.has(`state:${code}`));
  return UK_CABINET_OFFICES.test(title) && resolved.entities.has('state:GB') && !southAsian ? 'state:GB' : undefined;
}

/** "the government of Pedro Sánchez", "the government of co-presidents X and Y": names after "the government of". */
function isGovernmentOf(tokens: Token[], mentions: Mention[], person: Mention): boolean {
  let at = person.start;
  // The second of two names joined by "and".
  const first = tokens[at - 1]?.lower === 'and' ? mentions.find((mention) => mention.end === at - 1 && mention.kind === 'Person') : undefined;
  if (first) at = first.start;
  // A lower-case word for their office ("co-presidents") may stand before the names.
  if (tokens[at - 1] && !tokens[at - 1].punct && !tokens[at - 1].capitalized && tokens[at - 1].lower !== 'of') at--;
  return tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.lower === 'government' && tokens[at - 3]?.lower === 'the';
}

/** "a coalition government led by X", "the new government headed by X": a government said to be led by the person. */
function governmentLedBy(tokens: Token[], person: Mention): boolean {
  if (tokens[person.start - 1]?.lower !== 'by' || !/^(led|headed)$/.test(tokens[person.start - 2]?.lower ?? '')) return false;
  return tokens[person.start - 3]?.lower === 'government';
}

/** "X, who is seeking a third term at the head of the Y Party (YP),": the body named after "at the head of". */
function atTheHeadOf(tokens: Token[], mentions: Mention[], person: Mention, isBody: (mention: Mention) => boolean): Mention | undefined {
  if (tokens[person.end]?.text !== ',') return undefined;
  const close = tokens.findIndex((token, k) => k > person.end + 1 && (token.text === ',' || token.text === '.' || token.text === ';'));
  const at = tokens.findIndex((token, k) => k > person.end && (close < 0 || k < close) && token.lower === 'at' && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'head' && tokens[k + 3]?.lower === 'of');
  if (at < 0) return undefined;
  const start = tokens[at + 4]?.lower === 'the' ? at + 5 : at + 4;
  return mentions.find((mention) => mention.start === start && isBody(mention) && !mention.modifier && !mention.possessive);
}

/** "X, whose Liberal Reform Party has argued …", "X, whose nationalist Unity party won": the person's party. */
function partyOfWhose(tokens: Token[], mentions: Mention[], person: Mention, resolved: ArticleEntities): Mention | undefined {
  if (tokens[person.end]?.text !== ',' || tokens[person.end + 1]?.lower !== 'whose') return undefined;
  let at = person.end + 2;
  for (let words = 0; words < 2 && tokens[at] && !tokens[at].punct && !tokens[at].capitalized; words++) at++;
  const body = mentions.find((mention) => mention.start === at && mention.form === 'name' && resolved.entities.get(resolved.entityOf.get(mention) ?? '')?.kind === 'Organization');
  // (Not "whose Northern Army controls the east": only a party is one's own this way.)
  return body && (/\bparty$/i.test(body.text) || tokens[body.end]?.lower === 'party') ? body : undefined;
}

/**
 * "X, who studies the border at the University of Y,", "X, a former diplomat now with the Y Institute,": the body a
 * person works at, told after the name.
 */
function bodyWorkedAt(tokens: Token[], mentions: Mention[], person: Mention, isBody: (mention: Mention) => boolean): Mention | undefined {
  if (tokens[person.end]?.text !== ',') return undefined;
  // "X, a former diplomat now with Sydney's Y Institute,": where someone is now, after what they were.
  const close = tokens.findIndex((token, k) => k > person.end && token.punct);
  const now = tokens.findIndex((token, k) => k > person.end && (close < 0 || k < close) && token.lower === 'now' && /^(with|at)$/.test(tokens[k + 1]?.lower ?? ''));
  if (now > 0) {
    let start = now + 2;
    if (tokens[start]?.lower === 'the') start++;
    const owner = mentions.find((mention) => mention.start === start && mention.possessive);
    if (owner) start = owner.end;
    return mentions.find((mention) => mention.start === start && isBody(mention) && !mention.modifier && !mention.possessive);
  }
  const verb = whoClauseVerb(tokens, person);
  if (verb === undefined || !WORK_VERBS.test(tokens[verb].lower)) return undefined;
  for (let at = verb + 1; at < tokens.length && at <= verb + 6 && !tokens[at].punct; at++) {
    if (!/^(at|with|for)$/.test(tokens[at].lower)) continue;
    const start = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
    return mentions.find((mention) => mention.start === start && isBody(mention) && !mention.modifier && !mention.possessive);
  }
  return undefined;
}

/**
 * "The agency welcomed the vote, praising the islands. Its head, X, said …": an "Its" that opens a sentence carries on
 * the body the sentence before was about, its subject, not the last name it said.
 */
function carriedOn(title: Title | undefined, sentences: SentenceMentions[], resolved: ArticleEntities, index: number, named?: Mention): Title | undefined {
  if (!title?.of || title.of.pronoun !== 'thing') return title;
  const speaker = speakingSubject(sentences[index], title.of, resolved);
  if (speaker) return { ...title, of: speaker };
  if (index === 0) return title;
  // ('"Nobody wins," its director general, X, said': past a quote, the "its" still opens the narration.)
  // ("X, its Central Africa researcher, said …": so does an "its" set off right after a name that opens the sentence.)
  const afterName = named?.start === 0 && title.of.start === named.end + 1;
  const opens = title.of.start === 0 || afterName || sentences[index].mentions.every((mention) => mention.start >= title.of!.start || mention.inQuote);
  if (!opens) return title;
  const kindOf = (mention: Mention) => resolved.entities.get(resolved.entityOf.get(mention) ?? '')?.kind;
  const previous = sentences[index - 1];
  // ("The Peruvian Growers Union said …": a state's adjective inside a body's name is part of that name, not the subject.)
  const nested = (mention: Mention) => previous.mentions.some((other) => other !== mention && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start);
  const subject = previous.mentions.find((mention) => !mention.inQuote && !mention.possessive && !nested(mention) && (kindOf(mention) === 'Organization' || kindOf(mention) === 'Government'));
  // ("Peru, one of the critics of Chile, said … Its foreign minister": a state that opens the sentence is its subject.)
  const opening = previous.tokens[0]?.lower === 'the' ? 1 : 0;
  const state = subject && resolved.entityOf.get(subject)?.startsWith('state:');
  // (Not "The Haitian National Police said …": a state's adjective in a body's name is no subject.)
  const own = state && subject.start === opening && !subject.modifier && !previous.tokens[subject.end]?.capitalized;
  return subject && (!state || own) ? { ...title, of: subject } : title;
}

/**
 * "The Union, which groups Peru, Chile and Ecuador, said its secretary general, X, …": the body or state that opens the
 * sentence and says what follows owns an "its" in it, not the last name before.
 */
function speakingSubject(sentence: SentenceMentions, its: Mention, resolved: ArticleEntities): Mention | undefined {
  const { tokens, mentions } = sentence;
  // ("said its chairman …", "said on Monday that its chairman …")
  const verb = sayingVerbBefore(tokens, its.start);
  if (verb === undefined) return undefined;
  const opening = tokens[0]?.lower === 'the' ? 1 : 0;
  const subject = mentions.find((mention) => mention.start === opening && !mention.possessive && !mention.modifier && !mention.inQuote);
  const kind = subject ? resolved.entities.get(resolved.entityOf.get(subject) ?? '')?.kind : undefined;
  return subject && subject.end < verb && (kind === 'Organization' || kind === 'Government') ? subject : undefined;
}


/** "X has ruled the country since …", "…, President X, has led the nation for …": the name is the country's ruler. */
function rulesTheCountry(tokens: Token[], person: Mention): boolean {
  let at = tokens[person.end]?.text === ',' ? person.end + 1 : person.end;
  if (/^(has|had)$/.test(tokens[at]?.lower ?? '')) at++;
  return /^(ruled|led|governed)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'the' && /^(country|nation)$/.test(tokens[at + 2]?.lower ?? '') && /^(since|for)$/.test(tokens[at + 3]?.lower ?? '');
}

/**
 * Whether a minister (or secretary) heads the ministry (or department) named as the office's body: the bare office, or
 * one whose portfolio the ministry's name holds — not a deputy's or a junior minister's.
 */
function ministerOfMinistry(title: string, body: string): boolean {
  const office = /^(?:([a-z]+(?: [a-z]+)?) )?(minister|secretary)$/.exec(title);
  if (!office || /\b(deputy|vice|junior|assistant|state|under|permanent|principal|cabinet|prime|first)\b/.test(title)) return false;
  if (!(office[2] === 'minister' ? /\bministry\b/i : /\b(department|ministry)\b/i).test(body)) return false;
  const words = body.toLowerCase().split(/[\s,]+/).map((word) => word.slice(0, 5));
  return !office[1] || office[1].split(' ').every((word) => words.includes(word.slice(0, 5)));
}

/** "X, who heads …", "X, who has worked at …": where the verb of a relative clause right after a name stands. */
function whoClauseVerb(tokens: Token[], person: Mention): number | undefined {
  if (tokens[person.end]?.text !== ',' || tokens[person.end + 1]?.lower !== 'who') return undefined;
  const verb = /^(has|had)$/.test(tokens[person.end + 2]?.lower ?? '') ? person.end + 3 : person.end + 2;
  return tokens[verb] ? verb : undefined;
}

/** Verbs of working somewhere ("who works at", "who teaches law at"); not of a visit ("who spoke at"). */
const WORK_VERBS = /^(works|worked|studies|studied|teaches|taught|lectures|researches|researched|serves|served)$/;

/** The state or body a person leads or serves, from the structure found so far. */
function servedBy(relations: LocalRelation[], person: string): string | undefined {
  const served = relations.filter((relation) => relation.subject === person && (relation.kind === 'LEADS' || relation.kind === 'MEMBER_OF'));
  return (served.find((relation) => relation.object.startsWith('state:')) ?? served[0])?.object;
}

/** "former", "ex-", "ousted", "the late" among the few words before a name or its title. */
function isFormer(tokens: Token[], before: number): boolean {
  for (let i = before - 1; i >= Math.max(0, before - 5); i--) {
    if (tokens[i].punct) return false;
    if (PAST_OFFICE_WORDS.has(tokens[i].lower) || (tokens[i].lower === 'late' && tokens[i - 1]?.lower === 'the')) return true;
  }
  return false;
}

interface Title {
  title: string;
  relation: TitleRelation;
  of?: Mention;
}

/**
 * "Japanese Prime Minister X and his Indian counterpart, Y", "President X, who came with his Malian counterpart Y": a
 * counterpart holds the partner's office in their own state, so Y leads India as X leads Japan.
 */
function asCounterpart(title: Title | undefined, tokens: Token[], mentions: Mention[], person: Mention): Title | undefined {
  if (!title || !/^counterparts?$/.test(title.title)) return title;
  let named = person.start;
  // ("his Qatari counterpart, Sheikh X": a rank or courtesy word between the office and the name.)
  while (named > 1 && tokens[named - 1].capitalized && (titleRelation(tokens[named - 1].lower) || HONORIFICS.has(tokens[named - 1].lower.replace(/\.$/, '')))) named--;
  let owner = named - 1;
  if (tokens[owner]?.text === ',') owner--;
  while (owner > 0 && named - owner <= 4 && !/^(his|her|their)$/.test(tokens[owner].lower)) owner--;
  if (!/^(his|her|their)$/.test(tokens[owner]?.lower ?? '')) return title;
  // "X and his counterpart", or "X, who attended with his counterpart": the titled person the pronoun stands for.
  const partner = tokens[owner - 1]?.lower === 'and'
    ? mentions.find((mention) => mention.end === owner - 1 && mention.kind === 'Person' && mention.title)
    : mentions.filter((mention) => mention.end < owner && mention.kind === 'Person' && mention.title).at(-1);
  const office = partner?.title;
  return office && office.title !== title.title && !COURTESY_TITLES.has(office.title.replace(/\.$/, '')) ? { ...title, title: office.title, relation: office.relation } : title;
}

/** "Japan's Chief Cabinet Secretary Yoshimasa Hayashi": a title read with the name takes the possessor before it. */
function withPossessor(title: Title | undefined, tokens: Token[], mentions: Mention[], person: Mention, isBody: (mention: Mention) => boolean): Title | undefined {
  if (!title || title.of) return title;
  const start = person.start - title.title.split(' ').length;
  if (tokens.slice(start, person.start).map((token) => token.lower).join(' ') !== title.title) return title;
  const possessor = mentions.find((mention) => mention.end === start && mention.possessive && isBody(mention));
  return possessor ? { ...title, of: possessor } : title;
}

/** A lower-case title right before the name. */
function titleBefore(tokens: Token[], mentions: Mention[], person: Mention): Title | undefined {
  return shortTitleBefore(tokens, mentions, person) ?? titleOfBodyBefore(tokens, mentions, person);
}

/**
 * "Kyrgyz deputy chairman of the cabinet Azat Bekov": an office of a body named in lower case, held in the state whose
 * adjective opens it.
 */
function titleOfBodyBefore(tokens: Token[], mentions: Mention[], person: Mention): Title | undefined {
  const [of, the, noun] = [person.start - 3, person.start - 2, person.start - 1];
  if (tokens[of]?.lower !== 'of' || tokens[the]?.lower !== 'the' || !tokens[noun] || tokens[noun].capitalized || tokens[noun].punct) return undefined;
  for (let length = 3; length >= 1; length--) {
    const start = of - length;
    const words = tokens.slice(start, of);
    if (start < 1 || words.some((token) => token.punct || token.capitalized)) continue;
    const title = words.map((token) => token.lower).join(' ');
    const relation = titleRelation(title);
    const owner = mentions.find((mention) => mention.end === start && mention.modifier);
    // (The chairman of a cabinet is one of the state's people, not its head.)
    if (relation && owner) return { title, relation: relation === 'LEADS' ? 'MEMBER_OF' : relation, of: owner };
  }
  return undefined;
}

/** "Ministry of Unification spokesman Koo Byongsam": a lower-case title between a body and the name. */
function shortTitleBefore(tokens: Token[], mentions: Mention[], person: Mention): Title | undefined {
  for (let length = 3; length >= 1; length--) {
    const start = person.start - length;
    if (start < 0) continue;
    const words = tokens.slice(start, person.start);
    if (words.some((token) => token.punct)) continue;
    // "Kremlin spokesman": a name is the owner of the office, not a word of it.
    if (mentions.some((mention) => mention.form === 'name' && mention.start < person.start && mention.end > start)) continue;
    const phrase = words.map((token) => token.lower).join(' ');
    // "the SPLM-IO, whose leader X": the body before "whose" owns the office.
    const ownerEnd = tokens[start - 1]?.lower === 'whose' && tokens[start - 2]?.text === ',' ? beforeBracketedAcronym(tokens, start - 2) : start;
    // ("Its leader Kim Jong Un": an owner's possessive pronoun, read as the body it stands for, too.)
    const owner = mentions.find((mention) => mention.end === ownerEnd && mention.kind !== 'Person' && (mention.form !== 'pronoun' || (mention.pronoun === 'thing' && mention.possessive)));
    // "IAEA chief Rafael Grossi", "NATO chief": the chief of an organisation leads it (an army chief may not).
    const relation = titleRelation(phrase) ?? (phrase === 'chief' && owner?.kind === 'Organization' ? 'LEADS' : undefined);
    if (!relation) continue;
    const of = owner;
    // "ministry spokesman Omar Fathy": the phrase opens with a short form of the body.
    const opening = mentions.find((mention) => mention.start === start && mention.end < person.start && mention.form === 'description');
    if (!of && opening) {
      const rest = tokens.slice(opening.end, person.start).map((token) => token.lower).join(' ');
      const restRelation = titleRelation(rest);
      if (restRelation) return { title: rest, relation: restRelation, of: opening };
    }
    return { title: phrase, relation, of };
  }
  return undefined;
}

/**
 * The office named before the name and a comma: "Lusania's foreign minister, Ines Calder," or "the
 * secretary-general of the Council, Amara Djeli,".
 */
function titleBeforeComma(tokens: Token[], mentions: Mention[], person: Mention, isBody: (mention: Mention) => boolean): Title | undefined {
  // ("Its spokesman, Colonel X," "Its executive secretary, Dr. X": a rank or courtesy title may open the name.)
  let opening = person.start;
  while (opening > 0 && opening > person.start - 3 && tokens[opening - 1].capitalized && !tokens[opening - 1].punct && (titleRelation(tokens[opening - 1].lower) || HONORIFICS.has(tokens[opening - 1].lower.replace(/\.$/, '')))) opening--;
  if (tokens[opening - 1]?.text !== ',') return undefined;
  const comma = opening - 1;
  // "<state>'s <title>, NAME", and "<state>'s <title> for|in|to <a brief or a posting>, NAME" ("France's minister for
  // foreign trade, X", "Moscow's ambassador in Sarajevo, X").
  const ends = [comma, ...briefStarts(tokens, comma)];
  for (const titleEnd of ends) {
    const owned = possessedTitleBefore(tokens, mentions, titleEnd, isBody);
    // ("the group's head of mission, X": the head of a unit named in lower case is one of the group's people.)
    const unit = owned?.relation === 'LEADS' && tokens[titleEnd].lower === 'of' && !tokens[titleEnd + 1]?.capitalized;
    if (owned) return unit ? { ...owned, relation: 'MEMBER_OF' } : owned;
  }
  // "The EAC Secretary General, NAME": a body named before its title, the title just before the comma.
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(comma - length, comma);
    const relation = comma - length > 0 && !words.some((token) => token.punct) ? titleRelation(words.map((token) => token.lower).join(' ')) : undefined;
    const named = relation ? mentions.find((mention) => mention.end === comma - length && isBody(mention) && !mention.possessive) : undefined;
    if (relation && named) return { title: words.map((token) => token.lower).join(' '), relation, of: named };
  }
  const bare = bareTitleBeforeComma(tokens, comma);
  if (bare) return bare;
  // "<title> of (the) <body>, NAME", "a spokesperson for the German government, NAME"
  // ("the chairwoman of the state Council of Ministers, X": a lower-case word may stand before the body; "a spokeswoman
  // for China's Ministry of Commerce, X": so may its state's possessive.)
  // ("The head of the Vesk Monitoring Mission (VMM), X": the body's acronym may stand in brackets before the comma.)
  const bodyEnd = beforeBracketedAcronym(tokens, comma);
  const body = mentions.filter((mention) => mention.end === bodyEnd && (isBody(mention) || mention.form === 'description')).at(-1);
  if (!body) return undefined;
  let at = body.start - 1;
  // (… and "the Papua New Guinea Defence Force" is one body named with its state's name before it.)
  const owner = mentions.find((mention) => mention.end === body.start && (mention.possessive || mention.form === 'name'));
  if (owner) at = owner.start - 1;
  for (let k = 0; k < 2 && tokens[at] && !tokens[at].punct && !tokens[at].capitalized && !/^(the|of|for)$/.test(tokens[at].lower); k++) at--;
  if (tokens[at]?.lower === 'the') at--;
  if (tokens[at]?.lower !== 'of' && tokens[at]?.lower !== 'for') return undefined;
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(at - length, at);
    if (at - length < 0 || words.some((token) => token.punct)) continue;
    const phrase = words.map((token) => token.lower).join(' ');
    const relation = titleRelation(phrase);
    // ("the personal envoy for Chile, X": the state an envoy is sent to is not the one served.)
    if (relation && tokens[at].lower === 'for' && POSTED_OFFICES.test(phrase) && body.key.startsWith('state:')) return undefined;
    if (relation) return { title: phrase, relation, of: body };
  }
  return undefined;
}

/** Words between "the" and an office that say it is held now ("the new foreign minister, X,"). */
const CURRENT_QUALIFIERS = /^(new|current|acting|interim)$/;

/**
 * "The prime minister, X,", "the new foreign minister, X,", "The government spokesman, X,": an office set off with "the"
 * before the name and no body, whose it is decided as for "Prime Minister X".
 * (Not "the wife of the president, X" nor "the president's adviser, X": the name there is someone else's.)
 */
function bareTitleBeforeComma(tokens: Token[], comma: number): Title | undefined {
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(comma - length, comma);
    if (comma - length < 1 || words.some((token) => token.punct || token.capitalized || token.possessive || CURRENT_QUALIFIERS.test(token.lower) || NOT_HELD_QUALIFIERS.test(token.lower))) continue;
    const phrase = words.map((token) => token.lower).join(' ');
    const relation = titleRelation(phrase);
    if (!relation) continue;
    const the = comma - length - (CURRENT_QUALIFIERS.test(tokens[comma - length - 1]?.lower ?? '') ? 2 : 1);
    if (tokens[the]?.lower !== 'the' || tokens[the - 1]?.lower === 'of' || tokens[the - 1]?.possessive) return undefined;
    return { title: phrase, relation };
  }
  return undefined;
}

/** Where a brief, portfolio or posting after an office may start before `comma` ("for foreign trade", "of Energy", "in
 * Sarajevo"), nearest first. */
function briefStarts(tokens: Token[], comma: number): number[] {
  const starts: number[] = [];
  for (let at = comma - 1; at >= Math.max(1, comma - 7); at--) {
    const token = tokens[at];
    if (token.punct) break;
    if (/^(for|in|to|at|on|of)$/.test(token.text) && at < comma - 1) starts.push(at);
  }
  return starts;
}

/** "<possessor>'s <title>" ending at `end` (a rank or a name may stand between: "Britain's U.N. ambassador"). */
function possessedTitleBefore(tokens: Token[], mentions: Mention[], end: number, isBody: (mention: Mention) => boolean): Title | undefined {
  for (let length = 3; length >= 1; length--) {
    const start = end - length;
    const words = tokens.slice(start, end);
    if (start < 1 || words.some((token) => token.punct)) continue;
    const phrase = words.map((token) => token.lower).join(' ');
    // ("Its chief, X,": a body's chief, on its own, is its head.)
    const relation = titleRelation(phrase) ?? (phrase === 'chief' && isItsPronoun(mentions, start) ? 'LEADS' : undefined);
    if (!relation) continue;
    // "Its chairman, X," names the body spoken of just before; "Britain's U.N. ambassador, X" and "Russia's deputy
    // ambassador, X" have a name or a rank between the possessor and the office.
    let ownerEnd = start;
    const inner = mentions.find((mention) => mention.end === ownerEnd && !mention.possessive && mention.form === 'name');
    if (inner) ownerEnd = inner.start;
    // ("his Qatari counterpart, Sheikh X,": a counterpart serves the state named with the office, not the pronoun's.)
    if (inner && /^counterparts?$/.test(phrase) && inner.kind === 'Government' && inner.modifier) return { title: phrase, relation, of: inner };
    while (ownerEnd > 0 && RANK_WORDS.has(tokens[ownerEnd - 1].lower)) ownerEnd--;
    // ("His water minister, X,": a person's minister serves that person's state — see servedBy.)
    // ("Secretary-General X's envoy for Chile, Y,": so does a named person's — Y serves the body X heads.)
    // ("The Guild said the ban would cost farmers …. Its president, X,": an "its" first read as the people named last is
    // still the body's — see carriedOn.)
    const possessor = mentions.find((mention) => mention.end === ownerEnd && mention.possessive && (isBody(mention) || mention.form === 'pronoun' || (mention.form === 'name' && mention.kind === 'Person')));
    if (possessor) return { title: phrase, relation, of: possessor };
    // "The United Nations special envoy on Myanmar, X": an organisation's name before its office owns it too.
    const named = mentions.find((mention) => mention.end === start && mention.form === 'name' && isBody(mention) && !mention.possessive && /^(the|a|an)$/i.test(tokens[mention.start - 1]?.text ?? 'the'));
    if (named) return { title: phrase, relation, of: named };
  }
  return qualifiedTitleBefore(tokens, mentions, end, isBody);
}

/** Whether "its" stands right before `at`. */
function isItsPronoun(mentions: Mention[], at: number): boolean {
  return mentions.some((mention) => mention.end === at && mention.form === 'pronoun' && mention.pronoun === 'thing' && mention.possessive);
}

/** Words before an office that say it is not held now, or not by the possessor's own person ("former", "then"). */
const NOT_HELD_QUALIFIERS = /^(former|ex|then|late|would-be|future|next|new-found|rival)$/;

/**
 * "Global Green's nuclear campaigner, X", "the bank's country manager, X", "Abkhazia's de facto foreign minister, X": a
 * body's office qualified by a word or two in lower case, between the body's possessive and the comma. (Not a person's:
 * "the president's lawyer" serves the person, not the state.)
 */
function qualifiedTitleBefore(tokens: Token[], mentions: Mention[], end: number, isBody: (mention: Mention) => boolean): Title | undefined {
  for (let length = 3; length >= 1; length--) {
    const phrase = tokens.slice(end - length, end).map((token) => token.lower).join(' ');
    const relation = end - length >= 2 && !tokens.slice(end - length, end).some((token) => token.punct || token.capitalized) ? titleRelation(phrase) : undefined;
    // ("Sudan's army leader, X": a qualified head heads a part of the body, not the body.)
    if (relation !== 'MEMBER_OF') continue;
    for (let qualifiers = 1; qualifiers <= MAX_QUALIFIERS; qualifiers++) {
      const words = tokens.slice(end - length - qualifiers, end - length);
      if (words.some((token) => token.punct || token.capitalized || token.possessive || !/^[\p{L}-]+$/u.test(token.text) || NOT_HELD_QUALIFIERS.test(token.lower) || PREPOSITIONS.has(token.lower) || /^(the|a|an|and|or|but|his|her|its|their|our|who|whose|that)$/.test(token.lower))) break;
      const possessor = mentions.find((mention) => mention.end === end - length - qualifiers && mention.possessive && isBody(mention));
      if (possessor) return { title: phrase, relation, of: possessor };
    }
  }
  return undefined;
}

/** Who serves a state without an office of its own ("X, a Ugandan diplomat,"), unlike "a Brazilian economist". */
const STATE_SERVANTS = /^(diplomat|legislator|parliamentarian|lawmaker)$/;

/** An office only a state has ("trade minister", "president", "ambassador"), in up to three lower-case words from `at`, ending the phrase. */
function stateOfficeAt(tokens: Token[], at: number): Title | undefined {
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(at, at + length);
    if (words.length < length || words.some((word) => word.punct || word.capitalized)) continue;
    const title = words.map((word) => word.lower).join(' ');
    const relation = titleRelation(title);
    const next = tokens[at + length];
    // ("the Peruvian ambassador to Chile": an envoy's posting may follow.)
    const ends = !next || next.punct || next.lower === 'of' || (POSTED_OFFICES.test(title) && /^(to|for|in)$/.test(next.lower));
    if (relation && (STATE_OFFICES.test(title) || POSTED_OFFICES.test(title) || STATE_SERVANTS.test(title)) && ends) return { title, relation };
  }
  return undefined;
}

/** Whether an office starts at `at`, after an organisation's name if one opens it ("and the UN special envoy"). */
function officeOpensAt(tokens: Token[], mentions: Mention[], at: number): boolean {
  const owner = mentions.find((mention) => mention.start === at && mention.form === 'name' && mention.kind === 'Organization');
  return titleAt(tokens, at) || Boolean(owner && titleAt(tokens, owner.end));
}

/** Whether an office's title (up to three lower-case words) starts at `at`. */
function titleAt(tokens: Token[], at: number): boolean {
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(at, at + length);
    if (words.length === length && words.every((word) => !word.punct && !word.capitalized) && titleRelation(words.map((word) => word.lower).join(' '))) return true;
  }
  return false;
}

const HEADS_VERBS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran', 'directs', 'directed', 'rules', 'ruled', 'governs', 'governed']);

/**
 * "Greta Lindqvist, who heads the mission,", "X, who has led Latvia since March,": a relative clause that says whom
 * the person leads; "who has ruled the country since 1994" leads the state named last before (`country`).
 */
function headedAfter(tokens: Token[], mentions: Mention[], person: Mention, isBody: (mention: Mention) => boolean, country: () => Mention | undefined): Title | undefined {
  // "His father, President X, has ruled the country since 1979": the name as the subject of ruling the country.
  const ruled = rulesTheCountry(tokens, person);
  if (ruled) {
    const state = country();
    return state && { title: 'head', relation: 'LEADS', of: state };
  }
  const verb = whoClauseVerb(tokens, person);
  if (verb === undefined || !HEADS_VERBS.has(tokens[verb].lower)) return undefined;
  const at = verb + 1;
  if (tokens[at]?.lower === 'the' && /^(country|nation)$/.test(tokens[at + 1]?.lower ?? '')) {
    const state = country();
    return state && { title: 'head', relation: 'LEADS', of: state };
  }
  // ("who heads the Lagos-based X": where the body is based comes before its name.)
  const based = mentions.find((mention) => mention.start === (tokens[at]?.lower === 'the' ? at + 1 : at) && /-(based|headquartered)$/i.test(tokens[mention.end - 1].text));
  const opens = (mention: Mention) => mention.start === at || (mention.start === at + 1 && tokens[at].lower === 'the') || mention.start === based?.end;
  // ("who led the Indian delegation": a state's adjective names no body led.)
  const body = mentions.find((mention) => opens(mention) && isBody(mention) && !mention.modifier);
  if (!body && !mentions.some((mention) => mention.start === at && mention.form === 'description')) return undefined;
  // ("who led the AU panel that brokered the deal": the head of a body's unit is one of its people.)
  if (body && isUnitNamedAfter(tokens, body.end)) return { title: 'member', relation: 'MEMBER_OF', of: body };
  return { title: 'head', relation: 'LEADS', of: body ?? mentions.find((mention) => mention.start === at) };
}

/**
 * "Omar Fathy, spokesman for Egypt's Ministry of Defence," — an apposition after the name; "X, the chairman of the
 * Senate and leader of the Renewal Party," holds two offices, each of its own body.
 */
function titlesAfter(tokens: Token[], mentions: Mention[], person: Mention, isBody: (mention: Mention) => boolean): Title[] {
  if (tokens[person.end]?.text !== ',') return [];
  const first = officeAt(tokens, mentions, person.end + 1, isBody);
  const second = first?.joined === undefined ? undefined : officeAt(tokens, mentions, first.joined + 1, isBody);
  return [first, second].filter((title): title is Title => Boolean(title));
}

/** The office an apposition opening at `start` names, and where an office joined to it by "and" starts. */
function officeAt(tokens: Token[], mentions: Mention[], start: number, isBody: (mention: Mention) => boolean): (Title & { joined?: number }) | undefined {
  let i = start;
  if (['the', 'a', 'an'].includes(tokens[i]?.lower ?? '')) i++;
  // "the country's president": the title of the state spoken of; "Lusania's foreign minister": of that state.
  let ofCountry: Mention | undefined;
  if (['country', 'nation'].includes(tokens[i]?.lower ?? '') && tokens[i].possessive) i++;
  else {
    // "the chamber's director general": a short form takes its "the" with it.
    const possessor = mentions.find((mention) => (mention.start === i || (mention.start === i - 1 && tokens[i - 1].lower === 'the')) && mention.possessive && isBody(mention));
    // "X, the UN special envoy for Yemen": so does an organisation's name right before an office.
    // (Not a state's adjective: "a Brazilian economist at …" says where the person is from.)
    // ("a Hamas official", "a Jubilee Party lawmaker": a name whose kind is settled only once resolved, too.)
    // ("a senior Hamas official": a word or two may qualify the office before the body's name.)
    // ("X, the Kremlin spokesman", "the White House press secretary": a seat of government names its state's office;
    // so does a state's name, not its adjective, right before a spokesman — not before "for …": "the Moscow spokesman for
    // the Red Cross" speaks for the body named after.)
    const spokenFor = (mention: Mention) => mention.key.startsWith('state:') && !mention.modifier && SPOKESPERSON_TITLES.has(tokens[mention.end]?.lower ?? '') && !APPOSITION_LINKS.has(tokens[mention.end + 1]?.lower ?? '');
    const namedAt = (at: number) => mentions.find((mention) => mention.start === at && (mention.form === 'name' || mention.form === 'bare') && (!mention.key.startsWith('state:') || Boolean(countryBySeat(mention.text)) || spokenFor(mention)) && isBody(mention) && !mention.possessive && [0, 1, 2].some((skip) => titleAt(tokens, mention.end + skip)));
    let qualified = i;
    while (qualified < i + MAX_QUALIFIERS && !namedAt(qualified) && /^[a-z-]+$/.test(tokens[qualified]?.text ?? '') && !PREPOSITIONS.has(tokens[qualified].lower) && !/^(former|ex|and|or|but|the|a|an|who)$/.test(tokens[qualified].lower)) qualified++;
    const owner = possessor ?? namedAt(i) ?? namedAt(qualified);
    if (owner) {
      ofCountry = owner;
      i = owner.end;
    }
  }
  // "its Central Africa researcher", "the group's West Africa director": a brief between the owner and the office; the
  // head of a brief is one of the body's people, not its head.
  const brief = ofCountry?.possessive ? mentions.find((mention) => mention.start === i && mention.kind !== 'Person' && !mention.possessive && titleAt(tokens, mention.end)) : undefined;
  if (brief) i = brief.end;
  // "X, the Peruvian trade minister,": a state's adjective before an office only a state has says whose office it is.
  // (Not "a Brazilian economist at …", which says where the person is from.)
  const adjective = ofCountry ? undefined : mentions.find((mention) => mention.start === i && mention.modifier && mention.key.startsWith('state:'));
  const stateOffice = adjective ? stateOfficeAt(tokens, adjective.end) : undefined;
  if (adjective && stateOffice) return { ...stateOffice, of: adjective };
  let title: { phrase: string; relation: TitleRelation; end: number } | undefined;
  // "a Horn of Africa analyst at …": a region's name of several words qualifies an office as one word does.
  const region = ofCountry ? undefined : mentions.find((mention) => mention.start === i && mention.kind === 'Place' && !mention.possessive && mention.end - mention.start > 1);
  if (region && titleAt(tokens, region.end)) i = region.end;
  // "a Brazilian economist at …", "a veteran arms-control expert at …": a word or two may qualify an office that a
  // body follows.
  for (let skip = 0; skip <= (ofCountry?.possessive ? 0 : MAX_QUALIFIERS) && !title; skip++) {
    // ("a former ambassador to …" held the office once: no relation now.)
    // (Nor is "X, and the chairwoman of …" an office of X's: a qualifier is no function word.)
    // (Nor "a candidate for president of X": an office after a preposition is sought or spoken of, not held.)
    if (skip && (tokens[i + skip - 1]?.punct || !/^[\p{L}-]+$/u.test(tokens[i + skip - 1]?.text ?? '') || /^(former|ex|and|or|but|the|a|an)$/.test(tokens[i + skip - 1].lower) || PREPOSITIONS.has(tokens[i + skip - 1].lower))) break;
    for (let length = 3; length >= 1 && !title; length--) {
      const words = tokens.slice(i + skip, i + skip + length);
      if (words.length < length || words.some((token) => token.punct)) continue;
      const phrase = words.map((token) => token.lower).join(' ');
      const relation = titleRelation(phrase) ?? (tokens[i + skip + length]?.lower === 'of' ? APPOSITION_OFFICES[phrase] : undefined);
      if (relation && (!skip || APPOSITION_LINKS.has(tokens[i + skip + length]?.lower ?? ''))) title = { phrase, relation, end: i + skip + length };
    }
  }
  // ("X, the president's son", "X, the minister's aide": an office in the possessive is someone else's.)
  if (!title || tokens[title.end - 1].possessive) return undefined;
  if (ofCountry) return { title: title.phrase, relation: brief && title.relation === 'LEADS' ? 'MEMBER_OF' : title.relation, of: ofCountry };
  if (!APPOSITION_LINKS.has(tokens[title.end]?.lower ?? '')) return { title: title.phrase, relation: title.relation };
  let close = tokens.findIndex((token, index) => index > title!.end && (token.text === ',' || token.text === '.' || token.text === ';'));
  if (close < 0) close = tokens.length;
  // "the chairman of the Senate and leader of the Renewal Party": the first office's body ends before the second office.
  // ("a fellow at the X Institute and former adviser to the Y government": an office once held ends the first one too.)
  const opensAfter = (k: number) => (tokens[k]?.lower === 'the' ? k + 1 : k) + (/^(former|ex)$/.test(tokens[tokens[k]?.lower === 'the' ? k + 1 : k]?.lower ?? '') ? 1 : 0);
  const joined = tokens.findIndex((token, k) => k > title!.end && k < close && token.lower === 'and' && officeOpensAt(tokens, mentions, opensAfter(k + 1)));
  if (joined > 0) close = joined;
  // ("a senior analyst at Mizuho Securities in Tokyo": where the body is, is no body.)
  const named = mentions.filter((mention) => mention.start > title!.end && mention.end <= close && mention.kind !== 'Person' && mention.kind !== 'Place' && mention.form !== 'pronoun');
  // ("X, the president of the Canary Islands": the head of a region or islands holds no office of the story's state.)
  const placeHeaded = tokens[title.end].lower !== 'of' ? undefined : mentions.find((mention) => mention.start === title!.end + (tokens[title!.end + 1]?.lower === 'the' ? 2 : 1));
  if (!named.length && placeHeaded?.kind === 'Place' && !placeHeaded.key.startsWith('state:')) return undefined;
  // ("a fellow at the ISEAS Institute in Singapore": a state after "in" past the body is where the body is; "the
  // ambassador to Chile": a state an envoy is sent to is where the envoy serves, not whom.)
  const posted = POSTED_OFFICES.test(title.phrase) && tokens[title.end].lower !== 'of';
  // ("the commissioner in charge of relations with London": a state after "with" is the office's brief, not its owner.)
  const inside = named.filter((mention, k) => !(mention.key.startsWith('state:') && (posted || tokens[mention.start - 1]?.lower === 'with' || (k > 0 && tokens[mention.start - 1]?.lower === 'in'))));
  // "an official at the ministry's North Korea policy bureau": the owner of an unnamed unit is the body.
  const last = inside.at(-1);
  const unnamedUnit = last && last.end < close && !tokens[close - 1].capitalized;
  const owner = unnamedUnit ? inside.find((mention) => mention.possessive) : undefined;
  const also = joined > 0 ? { joined } : {};
  // "X, the head of the federal delegation", "the leader of the Ghanaian delegation": the head of a group sent, named in
  // lower case, is one of its owner's people, and of no body the sentences before named when the phrase names no owner.
  // (Not a short form of a body named before, "the head of the commission": there the unit's noun is a mention's.)
  const unitNoun = close > title.end && !tokens[close - 1].capitalized && isSentGroupNoun(tokens[close - 1].lower) && !mentions.some((mention) => mention.start < close && mention.end >= close);
  if (title.relation === 'LEADS' && unitNoun) {
    return last ? { title: title.phrase, relation: 'MEMBER_OF', of: owner ?? last, ...also } : undefined;
  }
  // ("X, the head of the UN mission in Libya,": so is the head of a unit named by an organisation's name before it.)
  if (title.relation === 'LEADS' && last && !last.key.startsWith('state:') && !last.possessive && isUnitNamedAfter(tokens, last.end)) return { title: title.phrase, relation: 'MEMBER_OF', of: last, ...also };
  // ("the chair of the parliament's foreign affairs committee": the head of a body's unit is one of its people.)
  if (owner) return { title: title.phrase, relation: title.relation === 'LEADS' ? 'MEMBER_OF' : title.relation, of: owner, ...also };
  // The last name in the phrase is the body ("the South's Ministry of National Defense" → the ministry).
  return { title: title.phrase, relation: title.relation, of: inside.at(-1), ...also };
}

/** "Central Military Commission of the Workers' Party", "Ministry of Foreign Affairs of South Korea". */
function partOfAfter(tokens: Token[], mentions: Mention[], body: Mention, resolved: ArticleEntities): string | undefined {
  return partOfMentionAfter(tokens, mentions, body, resolved)?.key;
}

function partOfMentionAfter(tokens: Token[], mentions: Mention[], body: Mention, resolved: ArticleEntities): { key: string; end: number } | undefined {
  let i = body.end;
  if (tokens[i]?.lower !== 'of') return undefined;
  i++;
  if (tokens[i]?.lower === 'the') i++;
  const parent = mentions.find((mention) => mention.start === i && mention.kind === 'Government');
  const key = parent ? resolved.entityOf.get(parent) : undefined;
  // ("the Permanent Joint Technical Commission of Egypt and Sudan": a body of two states is part of neither.)
  if (parent && tokens[parent.end]?.lower === 'and' && mentions.some((mention) => mention.start === parent.end + 1 && mention.kind === 'Government' && !mention.possessive)) return undefined;
  return parent && key ? { key, end: parent.end } : undefined;
}

/** Nouns for a part an organisation or a state owns, which a unit is named as ("mission", "force", "advisory body") — for PART_OF. unitsOfBodies.ts's UNIT_NOUNS is another list for another job (a unit whose heads are members of its owner); neither holds the other. */
const PART_NOUNS = new Set(['mission', 'missions', 'force', 'forces', 'body', 'team', 'unit', 'facility', 'command', 'operation', 'arm', 'wing', 'branch', 'corps', 'secretariat', 'subsidiary', 'producer', 'company', 'fleet', 'programme', 'program', 'fund']);

/**
 * The organisation or state a unit is named as part of: "<owner>'s [words] <unit noun> NAME", "<owner>'s [words]
 * <unit noun>, NAME,", "<owner> [words] <unit noun>, (known as) NAME", "<owner>'s NAME [unit noun]" and "its NAME" (an
 * organisation's own name after another organisation's, a description's or a pronoun's possessive).
 */
function ownerOfUnit(tokens: Token[], mentions: Mention[], unit: Mention, resolved: ArticleEntities): string | undefined {
  const kindOf = (mention: Mention) => resolved.entities.get(resolved.entityOf.get(mention) ?? '')?.kind;
  const ownerKey = (mention: Mention | undefined) => {
    const kind = mention ? kindOf(mention) : undefined;
    return mention && (kind === 'Organization' || kind === 'Government') ? resolved.entityOf.get(mention) : undefined;
  };
  const unitKind = kindOf(unit);
  // ("its Central Africa researcher": a region of the world is no unit of anything.)
  if (isWorldRegionName(unit.name)) return undefined;
  // Right after a possessive: an organisation's own unit, or anything its pronoun or short form owns.
  const possessor = mentions.find((mention) => mention.end === unit.start && mention.possessive);
  // ("its Central Africa researcher": a name before an office is the office's brief, no unit.)
  if (possessor && titleAt(tokens, unit.end)) return undefined;
  if (possessor) {
    const byName = possessor.form === 'name' && kindOf(possessor) === 'Organization';
    const unitAfter = PART_NOUNS.has(tokens[unit.end]?.lower ?? '') && !tokens[unit.end].capitalized;
    // ("its European Peace Facility", not "its NATO allies" nor "the group's Telegram channel": a short form owns an
    // organisation named in words of its own.)
    const ownName = possessor.form !== 'name' && unitKind === 'Organization' && unit.end - unit.start >= 2 && !/^\p{Lu}+$/u.test(unit.text);
    return byName || ownName || unitAfter ? ownerKey(possessor) : undefined;
  }
  // "Yemen's recognised government, whose Presidential Council sits in Aden", "The European Union, whose naval mission
  // Operation Irini …": what "whose" owns is the body's or the state's named before its comma.
  let whose = unit.start - 1;
  while (whose > unit.start - 4 && tokens[whose] && !tokens[whose].punct && !tokens[whose].capitalized && tokens[whose].lower !== 'whose') whose--;
  if (tokens[whose]?.lower === 'whose' && tokens[whose - 1]?.text === ',' && (whose === unit.start - 1 || PART_NOUNS.has(tokens[unit.start - 1].lower))) {
    const comma = whose - 1;
    const owner = mentions.filter((mention) => mention.end <= comma && !mention.inQuote && !tokens.slice(mention.end, comma).some((token) => token.punct) && (kindOf(mention) === 'Organization' || kindOf(mention) === 'Government')).at(-1);
    return ownerKey(owner);
  }
  // Back over "[words] <unit noun>" (and a comma, and "known as"), to the owner.
  let at = unit.start - 1;
  if (tokens[at]?.lower === 'the') at--;
  if (tokens[at]?.lower === 'as' && tokens[at - 1]?.lower === 'known') at -= 2;
  const comma = tokens[at]?.text === ',';
  if (comma) at--;
  // ("The EU's border agency, Frontex,": set off by a comma after an organisation's possessive, any noun an apposition
  // names a body by will do — not after a bare name, "the UN refugee agency, UNHCR", a body of its own, nor after a
  // state's, "Russia's nuclear agency, Rosatom", often a state's company.)
  const apposedOnly = comma && !PART_NOUNS.has(tokens[at]?.lower ?? '') && APPOSED_BODY_NOUNS.has(tokens[at]?.lower ?? '') && tokens[at].lower !== 'party';
  if (!(PART_NOUNS.has(tokens[at]?.lower ?? '') || apposedOnly) || tokens[at].capitalized) return undefined;
  let words = 0;
  while (at > 0 && !tokens[at - 1].punct && !tokens[at - 1].capitalized && !tokens[at - 1].possessive && words < 3 && !/^(the|a|an|of|and|whose|its|their)$/.test(tokens[at - 1].lower)) {
    at--;
    words++;
  }
  const owner = mentions.find((mention) => mention.end === at && !mention.inQuote && (!apposedOnly || (mention.possessive && !resolved.entityOf.get(mention)?.startsWith('state:'))));
  // ("whose own mission, SAMIM," names the organisation before "whose".)
  if (!owner && /^(whose|its|their)$/.test(tokens[at - 1]?.lower ?? '') && comma) {
    const pronoun = mentions.find((mention) => mention.end === at);
    if (pronoun) return ownerKey(pronoun);
    const before = mentions.filter((mention) => mention.end <= at - 2 && (kindOf(mention) === 'Organization' || kindOf(mention) === 'Government')).at(-1);
    return tokens[at - 2]?.text === ')' || tokens[at - 2]?.text === ',' ? ownerKey(before) : undefined;
  }
  // A state owns a unit so named only when the name is set off ("The U.N. peacekeeping mission, MONUSCO," but not
  // "the Russian gas company Gazprom", whose state may own no part of it).
  if (!owner || (!owner.possessive && !owner.modifier && !/-led$/.test(tokens[owner.end - 1]?.text ?? '') && kindOf(owner) !== 'Organization')) return undefined;
  if (unitKind === 'Organization' && resolved.entityOf.get(owner)?.startsWith('state:') && !comma) return undefined;
  return ownerKey(owner);
}

/** Nouns for a body that an apposition may name a body as ("Slovakia's parliament", "the Council of Europe's panel", "the World Bank's arbitration body"). */
const APPOSED_BODY_NOUNS: ReadonlySet<string> = new Set([...GOVERNMENT_BODY_HEADS, ...INTERNATIONAL_BODY_HEADS, 'panel', 'legislature', 'arm', 'mission', 'wing', 'branch', 'watchdog', 'regulator', 'body', 'authority', 'executive']);

/**
 * "The National Council, Slovakia's parliament,", "The Venice Commission, the Council of Europe's panel of experts,":
 * the state or organisation whose body an apposition right after a body's name says it is (not a party, nor a company:
 * "Gazprom, Russia's largest gas company").
 */
function ownerSetOffAfter(tokens: Token[], mentions: Mention[], body: Mention, resolved: ArticleEntities): string | undefined {
  let at = body.end;
  if (tokens[at]?.text === '(' && tokens[at + 2]?.text === ')') at += 3;
  if (tokens[at]?.text !== ',') return undefined;
  at++;
  if (tokens[at]?.lower === 'the') at++;
  // ("Slovakia's parliament" may be read as one description of a state's body: its state owns it.)
  const described = mentions.find((mention) => mention.start === at && !mention.possessive && tokens[at].possessive && mention.end > at + 1);
  const describedState = described ? resolved.entities.get(resolved.entityOf.get(described) ?? '')?.state : undefined;
  if (describedState && APPOSED_BODY_NOUNS.has(tokens[described!.end - 1].lower) && tokens[described!.end - 1].lower !== 'party') {
    return resolved.entities.has(`state:${describedState}`) ? `state:${describedState}` : undefined;
  }
  const owner = mentions.find((mention) => (mention.start === at || (mention.start === at - 1 && tokens[at - 1].lower === 'the')) && mention.possessive && mention.form === 'name');
  if (!owner) return undefined;
  // The head noun: the last of up to three lower-case words, before "of" or the end of the phrase.
  let head = owner.end;
  while (head < owner.end + 3 && tokens[head + 1] && !tokens[head + 1].punct && !tokens[head + 1].capitalized && tokens[head + 1].lower !== 'of' && !tokens[head].punct && !tokens[head].capitalized) head++;
  const noun = tokens[head]?.lower ?? '';
  if (tokens[head]?.capitalized || noun === 'party' || !APPOSED_BODY_NOUNS.has(noun)) return undefined;
  const key = resolved.entityOf.get(owner);
  const kind = key ? resolved.entities.get(key)?.kind : undefined;
  return kind === 'Government' || kind === 'Organization' ? key : undefined;
}

/** The international organisation a body belongs to, by its name or by a possessive before it. */
function organisationOf(name: string, mention: Mention, mentions: Mention[], resolved: ArticleEntities): string | undefined {
  const mentionKey = resolved.entityOf.get(mention);
  // The organisation named by any of these forms (compared as lookup keys: "U.N." = "UN").
  const named = (...forms: string[]) => {
    const keys = new Set(forms.map(lookupKey));
    return [...resolved.entities.values()].find((other) => other.kind === 'Organization' && [other.name, ...other.aliases].some((alias) => keys.has(lookupKey(alias))))?.key;
  };
  if (/^(UN|U\.N\.|United Nations) /.test(name)) return named('United Nations', 'UN');
  // "Russia blocked the draft at the Security Council": a UN organ named bare, in the narration (a speaker's "Security
  // Council" may be a state's own, as Russia's is).
  if (UN_ORGANS.has(name) && !mention.inQuote) return named('United Nations', 'UN');
  const words = name.split(/\s+/);
  if (/^(EU|European)$/.test(words[0]) && words.length > 1 && (INTERNATIONAL_BODY_HEADS.has(words[1].toLowerCase()) || words[1] === 'Parliament')) return named('European Union', 'EU');
  const ofThe = /\bof the (.+)$/.exec(name);
  if (ofThe) return named(ofThe[1]);
  const byAcronym = organisationByAcronym(name, mentionKey, resolved);
  if (byAcronym) return byAcronym;
  // "African Union Commission", "European Union Monitoring Mission": an organisation's full name before a body's head.
  for (let cut = words.length - 1; cut >= 2; cut--) {
    if (!words.slice(cut).some((word) => INTERNATIONAL_BODY_HEADS.has(word.toLowerCase()) || PART_NOUNS.has(word.toLowerCase()))) continue;
    const owner = named(words.slice(0, cut).join(' '));
    if (owner && owner !== mentionKey) return owner;
  }
  const possessor = mentions.find((other) => other.end === mention.start && other.possessive && other.kind === 'Organization');
  return possessor ? resolved.entityOf.get(possessor) : undefined;
}

/**
 * "ECOWAS Commission", "IAEA Board of Governors", "AU Peace and Security Council": the organisation of the article
 * whose acronym opens a body's name. ("EUFOR Althea", "UNM MP": an acronym before a name or a title of no body names
 * the same thing, or a person's party.)
 */
export function organisationByAcronym(name: string, self: string | undefined, resolved: ArticleEntities): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}{2,}$/u.test(words[0]) || !words.slice(1).some((word) => GOVERNMENT_BODY_HEADS.has(word.toLowerCase()) || ORGANIZATION_HEADS.has(word.toLowerCase()) || PART_NOUNS.has(word.toLowerCase()))) return undefined;
  const acronym = lookupKey(words[0]);
  const organisations = [...resolved.entities.values()].filter((other) => other.kind === 'Organization' && other.key !== self);
  return (organisations.find((other) => [other.name, ...other.aliases].some((alias) => lookupKey(alias) === acronym)) ?? organisations.find((other) => initials(other.name) === words[0]))?.key;
}

/** Heads of a university's parts ("Research Institute", "Centre for …", "Law School"). */
const UNIVERSITY_UNITS = /^(institute|centre|center|school|faculty|department|laboratory|lab)$/i;

/** "the X Institute at the University of Y": the university named right after "at", for a unit of one. */
function universityOf(tokens: Token[], mentions: Mention[], unit: Mention, resolved: ArticleEntities): string | undefined {
  if (!UNIVERSITY_UNITS.test(unit.name.split(/\s+/).at(-1) ?? '') || tokens[unit.end]?.lower !== 'at') return undefined;
  const start = tokens[unit.end + 1]?.lower === 'the' ? unit.end + 2 : unit.end + 1;
  const university = mentions.find((mention) => mention.start === start && /\b(University|College)\b/.test(mention.name));
  const key = university ? resolved.entityOf.get(university) : undefined;
  return key && resolved.entities.get(key)?.kind === 'Organization' ? key : undefined;
}

/** "South Korea's unification ministry", "the South's Ministry of National Defense": the state owning a body. */
function possessorBefore(mentions: Mention[], body: Mention, resolved: ArticleEntities): string | undefined {
  const possessor = mentions.find((mention) => mention.end === body.start && mention.possessive && mention.kind === 'Government');
  return possessor ? resolved.entityOf.get(possessor) : undefined;
}

