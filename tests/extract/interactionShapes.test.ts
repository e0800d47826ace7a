// Sentence shapes of meetings, visits, sanctions, support and cooperation as news writes them; the sentences and names
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('sittings of a body', () => {
  it('reads no meeting with a body whose meeting one attends or raises a matter at', () => {
    const { relations } = extract([
      'Peru said it would raise the incident at the next meeting of EU foreign ministers in Brussels.',
      'Chile attended a meeting of the African Union in Addis Ababa, where its minister Ana Ruiz met President Tomas Obi of Kenya.',
    ]);
    expect(relations.filter((relation) => /MEETS (European Union|African Union)$/.test(relation))).toEqual([]);
    expect(relations).toContain('Ana Ruiz MEETS Tomas Obi');
  });
});

describe('accession talks', () => {
  it('reads no meeting in a state\'s talks to join a body, a process rather than a sitting', () => {
    const { relations } = extract([
      "Greece warned that it would block the next stage of Albania's accession talks with the European Union.",
      'Montenegro opened membership negotiations with the European Union in 2012, the Commission said.',
      'Peru held talks with the European Union on Monday.',
    ]);
    expect(relations.filter((relation) => /^(Albania|Montenegro) MEETS/.test(relation))).toEqual([]);
    expect(relations).toContain('Peru MEETS European Union');
  });
});

describe('passive objects', () => {
  it('takes no object of a passive verb from before a verb of saying', () => {
    const { relations } = extract([
      'Chile said the new water deal was backed by the World Bank.',
      'Peru was backed by the Andean Fund, the minister said.',
    ]);
    expect(relations).not.toContain('World Bank SUPPORTS Chile');
    expect(relations).toContain('Andean Fund SUPPORTS Peru');
  });
});

describe('targets met', () => {
  it('reads no meeting in meeting a target, standard or demand of someone\'s', () => {
    const { relations } = extract([
      "Peru has struggled to meet NATO's spending target.",
      "Chile must meet the European Union's strict standards for beef, the ministry said.",
      'Peruvian President Ana Ruiz met Kenyan Foreign Minister Tomas Obi in Lima.',
    ]);
    expect(relations.filter((relation) => /MEETS (North Atlantic Treaty Organization|NATO|European Union)$/.test(relation))).toEqual([]);
    expect(relations.filter((relation) => /MEETS Tomas Obi$/.test(relation))).not.toEqual([]);
  });
});

describe('visits at home', () => {
  it('reads no visit of a person to the state they lead or serve', () => {
    const { relations } = extract([
      'Peruvian President Ana Ruiz visited Peru on Monday after a week abroad.',
      'Kenyan President Tomas Obi visited Peru on Tuesday.',
    ]);
    expect(relations).toContain('Tomas Obi VISITS Peru');
    expect(relations).not.toContain('Ana Ruiz VISITS Peru');
  });
});

describe('talks not held', () => {
  it('reads no meeting in talks wished for, demanded, called for or denied', () => {
    const { relations } = extract([
      'Peru said it had held no talks with Chile since March.',
      'Peru hopes to hold talks with Chile soon.',
      'Kenya wants talks with Ecuador, and Bolivia demanded talks with Norway.',
      'Canada called for talks between Mexico and Cuba.',
      'Chilean President Rosa Vidal held talks with Peruvian President Ana Ruiz on Monday.',
    ]);
    expect(relations.filter((relation) => /(Peru|Chile|Kenya|Ecuador|Bolivia|Norway|Mexico|Cuba) MEETS/.test(relation))).toEqual([]);
    expect(relations).toContain('Rosa Vidal MEETS Ana Ruiz');
  });
});

describe('acts wished for or refused', () => {
  it('reads no relation in an act an actor only wants, seeks or refuses to do', () => {
    const { relations } = extract([
      'Peru wants to sign the Velmar Accord with Chile.',
      "Bolivia's refusal to sign the Tarsa Charter angered Norway.",
      'Kenya wants to visit Ecuador, the ministry said.',
      'Canada signed the Kesra Protocol on Monday.',
    ]);
    expect(relations.filter((relation) => /^(Peru|Chile|Bolivia|Kenya) (SIGNS|VISITS)/.test(relation))).toEqual([]);
    expect(relations).toContain('Canada SIGNS Kesra Protocol');
  });
});

describe('sanctions weighed', () => {
  it('reads no sanction in sanctions only considered, threatened or called for', () => {
    const { relations } = extract([
      'Kenya is considering sanctions on Ecuador.',
      'Peru threatened new tariffs on Chile, and Bolivia called for sanctions on Norway.',
      'Canada imposed sanctions on Belarus on Monday.',
    ]);
    expect(relations.filter((relation) => /^(Kenya|Peru|Bolivia) SANCTIONS/.test(relation))).toEqual([]);
    expect(relations).toContain('Canada SANCTIONS Belarus');
  });
});

describe('support needed', () => {
  it('reads no support, either way, in support one needs or asks for', () => {
    const { relations } = extract([
      'Kenya needs the support of Ecuador for its bid.',
      'Peru won the backing of Chile for the plan.',
    ]);
    expect(relations.filter((relation) => /^(Kenya SUPPORTS Ecuador|Ecuador SUPPORTS Kenya)$/.test(relation))).toEqual([]);
    expect(relations).toContain('Chile SUPPORTS Peru');
  });
});

describe('cooperation ended', () => {
  it('reads no cooperation that is stopped, suspended, ended or frozen', () => {
    const { relations } = extract([
      'Peru stopped cooperating with Chile in 2020.',
      'Kenya suspended its cooperation with Ecuador, and Bolivia has frozen cooperation with Norway.',
      'Canada will keep cooperating with Mexico.',
    ]);
    expect(relations.filter((relation) => /^(Peru|Kenya|Bolivia) COOPERATES_WITH/.test(relation))).toEqual([]);
    expect(relations.filter((relation) => /^(Canada COOPERATES_WITH Mexico|Mexico COOPERATES_WITH Canada)$/.test(relation))).not.toEqual([]);
  });
});

describe('things met', () => {
  it('reads no meeting between two who meet a deadline or a target together', () => {
    const { relations } = extract(['Peru and Chile met the deadline on Monday.', 'Kenya and Uganda met their targets for the year.', 'Ghana and Togo met on Monday.']);
    expect(relations.filter((relation) => /^(Peru|Chile|Kenya|Uganda) MEETS/.test(relation))).toEqual([]);
    expect(relations.some((relation) => /^(Ghana MEETS Togo|Togo MEETS Ghana)$/.test(relation))).toBe(true);
  });
});

describe('calls', () => {
  it('reads telephoning a leader or a state as meeting them, not phoning a news agency', () => {
    const { relations } = extract([
      'Kenyan President Tomas Obi telephoned Ugandan President Ivo Kasko on Monday.',
      'Peru’s foreign minister Ana Ruiz phoned Reuters to deny the report.',
    ]);
    expect(relations).toContain('Tomas Obi MEETS Ivo Kasko');
    expect(relations.filter((relation) => relation.endsWith('MEETS Reuters'))).toEqual([]);
  });
});

describe('talks a speaker calls something', () => {
  it('reads talks "called constructive" as held, and talks "called for" or "called off" as not', () => {
    const held = extract(['Kenyan President Ali Musa called the talks with Ugandan President Ben Oketch constructive.']).relations;
    expect(held.some((relation) => /MEETS/.test(relation))).toBe(true);
    const wished = extract(['Kenyan President Ali Musa called for talks with Ugandan President Ben Oketch.', 'Tanzania called off a meeting with Rwanda.']).relations;
    expect(wished.filter((relation) => /MEETS/.test(relation))).toEqual([]);
  });
});

describe('leaders who sign together', () => {
  it('reads two people who sign a text together, or one with the other, as meeting', () => {
    const { relations } = extract([
      'Ghanaian President Kofi Mensa and Togolese President Yao Dossou signed the protocol at the State House in Lome after three hours of talks.',
      'Peruvian Foreign Minister Ana Ruiz signed a fisheries memorandum with her Chilean counterpart, Pablo Soto, on Friday.',
    ]);
    const meeting = (a: string, b: string) => relations.includes(`${a} MEETS ${b}`) || relations.includes(`${b} MEETS ${a}`);
    expect(meeting('Kofi Mensa', 'Yao Dossou')).toBe(true);
    expect(meeting('Ana Ruiz', 'Pablo Soto')).toBe(true);
  });

  it('reads no meeting in a signing only planned or refused, nor in one made years before', () => {
    const { relations } = extract([
      'Kenyan President Tomas Obi and Ugandan President Sam Waswa are expected to sign the accord next month.',
      'Bolivian President Luis Mora refused to sign the deal with Paraguayan President Jorge Vera.',
      'Gabonese President Paul Nze and Cameroonian President Eric Biya signed the border treaty in 1994, long before the oil was found.',
    ]);
    expect(relations.filter((relation) => relation.includes(' MEETS '))).toEqual([]);
  });
});

describe('texts signed by two', () => {
  it('reads no meeting in a text "signed by" two people, who may sign apart', () => {
    const { relations } = extract([
      'The Lake Volta Accord was signed on Monday by Ghanaian Energy Minister Kofi Mensa and Togolese Energy Minister Yao Dossou.',
      'Chilean President Rosa Vidal and Peruvian President Ana Ruiz signed the treaty in June 2018.',
    ]);
    expect(relations.filter((relation) => relation.includes(' MEETS '))).toEqual([]);
  });
});

describe('guarantors', () => {
  it('reads no support in guaranteeing a treaty, a guarantor power\'s formal role under it', () => {
    const { relations } = extract([
      'Chile and Peru signed the Arica Accord in 1929.',
      'Argentina guaranteed the Arica Accord and still sits on its commission.',
      'Brazil endorsed the Arica Accord on Tuesday.',
    ]);
    expect(relations).not.toContain('Argentina SUPPORTS Arica Accord');
    expect(relations).toContain('Brazil SUPPORTS Arica Accord');
  });
});

describe('a leader’s government', () => {
  it('reads a leader’s government as the state they lead, not as the leader', () => {
    const { relations } = extract([
      'Palau’s President Tomas Remeliik opened the summit in Koror on Monday.',
      'Australian Foreign Minister Jane Ward said she had spoken to Remeliik’s government about the patrols.',
    ]);
    expect(relations).not.toContain('Jane Ward MEETS Tomas Remeliik');
    expect(relations).toContain('Jane Ward MEETS Palau');
  });
});

describe('unnamed office holders', () => {
  it('reads a state’s unnamed minister as acting for the state', () => {
    const { relations } = extract(['Kenya’s foreign minister met Uganda’s defence minister in Entebbe on Monday.']);
    const meeting = relations.includes('Kenya MEETS Uganda') || relations.includes('Uganda MEETS Kenya');
    expect(meeting).toBe(true);
  });

  it('still reads the named holder, not the state, when the name follows the title', () => {
    const { relations } = extract(['Kenya’s foreign minister, Ana Obi, met Ugandan Defence Minister Sam Waswa on Monday.']);
    expect(relations).toContain('Ana Obi MEETS Sam Waswa');
    expect(relations).not.toContain('Kenya MEETS Sam Waswa');
  });
});

describe('acts denied, put as a condition or asked about', () => {
  it('reads no act that its actor denies, that stands under "if" or "unless", that is only risked, or that is asked about', () => {
    const { relations } = extract([
      'Sudan denied violating the Doha Agreement.',
      'Kenya denied meeting Ethiopian officials.',
      'Kenya denies having sanctioned Uganda.',
      'Kenya denied cooperating with Somalia.',
      'If Sudan violates the Doha Agreement, Chad will respond.',
      'If Kenya visits Uganda, talks may follow.',
      'Did Sudan violate the Doha Agreement?',
      'Sudan said Chad risked violating the Doha Agreement.',
    ]);
    expect(relations.filter((relation) => / (VIOLATES|MEETS|SANCTIONS|COOPERATES_WITH|VISITS) /.test(relation))).toEqual([]);
  });

  it('still reads an act that someone else is accused of or that is stated outright', () => {
    const { relations } = extract(['Chad accused Sudan of violating the Doha Agreement.', 'Kenya met Ugandan officials on Monday, a day after Uganda denied the claims.']);
    expect(relations).toContain('Sudan VIOLATES Doha Agreement');
    expect(relations).toContain('Kenya MEETS Uganda');
  });
});

describe('cooperation refused', () => {
  it('reads no cooperation that an actor refused or failed to deepen', () => {
    const { relations } = extract(['Ghana refused to deepen cooperation with Togo.', 'Peru failed to expand cooperation with Chile.', 'Kenya agreed to deepen cooperation with Uganda.']);
    expect(relations.filter((relation) => /^(Ghana|Peru) COOPERATES_WITH/.test(relation))).toEqual([]);
    expect(relations).toContain('Kenya COOPERATES_WITH Uganda');
  });
});

describe('meetings only scheduled, or a reaction met', () => {
  it('reads no meeting in a proposal that "met fierce opposition", nor in one only scheduled or slated', () => {
    const { relations } = extract([
      "Kenya's proposal met fierce opposition from Uganda.",
      'Ghana is scheduled to meet Togo next week.',
      'Peru is slated to hold talks with Chile in May.',
      'Norway met Iceland on Monday.',
    ]);
    expect(relations.filter((relation) => /^(Kenya|Uganda|Ghana|Togo|Peru|Chile) MEETS/.test(relation))).toEqual([]);
    expect(relations).toContain('Norway MEETS Iceland');
  });
});

describe('sanctions on private people of a state', () => {
  it('reads no sanction on a state whose nationals, businessmen or firms are sanctioned, but one on its goods or itself', () => {
    const { relations } = extract([
      'Canada on Monday imposed sanctions on a Belarusian businessman and two firms.',
      'Norway imposed sanctions on nine Icelandic nationals.',
      'Peru imposed sanctions on Chilean steel.',
      'Ghana imposed sanctions on Togo.',
    ]);
    expect(relations.filter((relation) => /^(Canada|Norway) SANCTIONS/.test(relation))).toEqual([]);
    expect(relations).toEqual(expect.arrayContaining(['Peru SANCTIONS Chile', 'Ghana SANCTIONS Togo']));
  });
});

describe('cooperation looked forward to', () => {
  it('reads no cooperation one only looks forward to, or that one would take up together with another', () => {
    const { relations } = extract([
      'Kenya said it looked forward to working closely with Uganda.',
      'Norway said it looked forward “to working closely with Iceland” next year.',
      'Peru and Chile said they would raise the matter together with Bolivia.',
      'Ghana worked closely with Togo on the inquiry.',
    ]);
    expect(relations.filter((relation) => /^(Kenya|Uganda|Bolivia) COOPERATES_WITH|COOPERATES_WITH (Uganda|Bolivia)$/.test(relation))).toEqual([]);
    expect(relations).toContain('Ghana COOPERATES_WITH Togo');
  });
});

describe('matters raised or discussed with someone', () => {
  it('reads raising an issue with a leader, or discussing a case with them by phone, as meeting them', () => {
    const { relations } = extract([
      'Kenyan President Tomas Obi said he had raised the issue with Ugandan President Ivo Kasko.',
      'Foreign Minister Ana Ruiz of Peru discussed the case by phone with Chilean Foreign Minister Pablo Soto on Sunday.',
    ]);
    expect(relations).toContain('Tomas Obi MEETS Ivo Kasko');
    expect(relations).toContain('Ana Ruiz MEETS Pablo Soto');
  });

  it('reads no meeting in an issue raised at a body, nor with a state whose adjective only qualifies a noun', () => {
    const { relations } = extract([
      'Peru raised the issue at the United Nations on Monday.',
      'Chile quit after a judge was heard discussing the case with a Bolivian diplomat.',
      'Foreign Minister Ana Ruiz of Peru discussed the border with reporters in Lima.',
    ]);
    expect(relations.filter((relation) => relation.includes(' MEETS '))).toEqual([]);
  });
});

describe('leaders called', () => {
  it('reads calling a leader on a day or to congratulate them as a call with them', () => {
    const { relations } = extract([
      'Kenyan President Tomas Obi called Ugandan President Ivo Kasko on Monday.',
      'Peruvian President Ana Ruiz called Marta Gil to congratulate her, the presidency said.',
    ]);
    expect(relations).toContain('Tomas Obi MEETS Ivo Kasko');
    expect(relations).toContain('Ana Ruiz MEETS Marta Gil');
  });

  it('reads no call in a name given to someone, nor in a group called by a name', () => {
    const { relations } = extract([
      'Peruvian President Ana Ruiz called Marta Gil a liar.',
      'Chilean President Pablo Soto called Marta Gil “a danger to the region”.',
      'Kenyan President Tomas Obi praised a rebel leader called Ivo Kasko.',
    ]);
    expect(relations.filter((relation) => relation.includes(' MEETS '))).toEqual([]);
  });
});

describe('two who spoke by phone', () => {
  it('reads "X and Y spoke by phone" as a call between them, but not the last two of a longer list', () => {
    const { relations } = extract([
      'Kenyan President Tomas Obi and Ugandan President Ivo Kasko spoke by phone on Monday.',
      'Ghana, Togo and Benin spoke by phone on Tuesday.',
    ]);
    expect(relations.some((relation) => /^(Tomas Obi MEETS Ivo Kasko|Ivo Kasko MEETS Tomas Obi)$/.test(relation))).toBe(true);
    expect(relations.filter((relation) => /^(Ghana|Togo|Benin) MEETS/.test(relation))).toEqual([]);
  });

  it('reads a meeting with the holder of an office named after the body ("the head of the IMF, X") as one with the person', () => {
    const { relations } = extract([
      'Ana Lima met with the Secretary General of the OAS, Albert Ramdin, on Monday.',
      'Rosa Paz met the president of Chile, Gabriel Boric, on Friday.',
    ]);
    expect(relations).toContain('Ana Lima MEETS Albert Ramdin');
    expect(relations).toContain('Rosa Paz MEETS Gabriel Boric');
    expect(relations).not.toContain('Ana Lima MEETS OAS');
  });
});

describe('a verb joined by "and" and an adverb of time', () => {
  it('gives "X met Y in A and later visited B" the visit to X, not to the one met', () => {
    const { relations } = extract([
      'Omani Foreign Minister Salim al-Harthi arrived on Monday.',
      'Al-Harthi met Jordanian Prime Minister Karim Nasser in Amman and later visited Beirut.',
    ]);
    expect(relations).toContain('Salim al-Harthi VISITS Beirut');
    expect(relations).not.toContain('Karim Nasser VISITS Beirut');
  });
});

describe('a guest received with an office that has "of" inside', () => {
  it('reads "King X received U.S. Secretary of State Y" as a meeting', () => {
    const { relations } = extract(['Bahrain’s King Hamad bin Isa received U.S. Secretary of State Mark Dale in Manama on Sunday.']);
    expect(relations.some((relation) => /Hamad bin Isa MEETS Mark Dale|Mark Dale MEETS Hamad bin Isa/.test(relation))).toBe(true);
  });
});

describe('a counterpart one is with', () => {
  it('reads someone with their counterpart, named or not, as meeting them', () => {
    const { relations } = extract([
      'Foreign Minister Sami Hadid of Jordan, speaking at a news conference in Amman with his Egyptian counterpart Karim Nasr, urged calm.',
      'Senegalese President Amadou Sall, who attended the ceremony with his Malian counterpart Ibrahim Keita, praised the deal.',
      'Bahraini Foreign Minister Khalid Nour said he had called his Qatari counterpart on Sunday.',
      'Qatar has not commented on the dispute.',
    ]);
    expect(relations).toContain('Sami Hadid MEETS Karim Nasr');
    expect(relations).toContain('Amadou Sall MEETS Ibrahim Keita');
    expect(relations).toContain('Khalid Nour MEETS Qatar');
  });

  it('reads an unnamed counterpart as their state only when the story names that state as a side', () => {
    const { relations } = extract(['Turkish Foreign Minister Emre Kaya, speaking at a news conference with his Armenian counterpart, said talks would resume.']);
    expect(relations).not.toContain('Emre Kaya MEETS Armenia');
  });

  it('reads no meeting in a counterpart only spoken of', () => {
    const { relations } = extract(['Peruvian Foreign Minister Ana Ruiz said her Chilean counterpart had not replied to the letter.', 'Bolivian President Luis Arce criticised his Brazilian counterpart over the dam.']);
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual([]);
  });
});

describe('"meeting" as a noun', () => {
  it('reads no one met in "opened the meeting by urging both sides"', () => {
    const { relations } = extract(
      [
        'The Democratic Republic of Congo on Tuesday accused Rwanda of sending troops to support M23 rebels in North Kivu province, as leaders of the Southern African Development Community gathered in the Zimbabwean capital for an emergency summit on the conflict.',
        'Zimbabwean President Emmerson Mnangagwa, who chairs the regional bloc, opened the meeting by urging both sides to respect the Luanda ceasefire agreement signed in July. SADC, he said, stood ready to deploy more peacekeepers if the fighting spread further south towards Bukavu, the capital of South Kivu.',
      ],
      '2025-11-25',
      { title: 'DR Congo accuses Rwanda of backing M23 as SADC leaders meet in Harare', dateline: 'HARARE' },
    );
    expect(relations.filter((relation) => relation.startsWith('Emmerson Mnangagwa MEETS'))).toEqual([]);
  });
});

