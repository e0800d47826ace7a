// Places said to lie within another place or a state; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('places within places', () => {
  it('reads ", in X" after a place as where it lies', () => {
    const { relations } = extract(['Drones were shot down over the city of Kosti, in White Nile state, on Monday.']);
    expect(relations).toContain('Kosti LOCATED_IN White Nile state');
  });

  it('reads "the <state> border town of X" as in that state even when a phrase of time with "in" follows', () => {
    const { relations } = extract(['Shells landed in the Thai border town of Mae Sot in September.']);
    expect(relations).toContain('Mae Sot LOCATED_IN Thailand');
  });

  it('reads no state that acts on "the town of X" as holding it, and one that qualifies the noun as holding it', () => {
    const { relations } = extract(['Chad seized the town of Ossa from Niger in 1998.', 'Rockets fell on the Nigerien lakeside town of Marva.']);
    expect(relations.filter((relation) => relation.startsWith('Ossa LOCATED_IN'))).toEqual([]);
    expect(relations).toContain('Marva LOCATED_IN Niger');
  });

  it('reads a town "in <state>’s <region>" as in the region, and the region as in the state', () => {
    const { relations } = extract(['Chad and Niger traded blame on Monday.', 'Shells hit Darsa, a town in Niger’s Ulmo province, on Monday.', 'Shells also hit the village of Kossa in Chad’s Lac region.', 'Shells also hit the village of Ossa, in Chad’s north.']);
    expect(relations).toEqual(expect.arrayContaining(['Darsa LOCATED_IN Ulmo province', 'Ulmo province LOCATED_IN Niger', 'Kossa LOCATED_IN Lac region', 'Lac region LOCATED_IN Chad', 'Ossa LOCATED_IN Chad']));
    expect(relations).not.toContain('Darsa LOCATED_IN Niger');
    expect(relations).not.toContain('Kossa LOCATED_IN Chad');
  });

  it('reads "in <state>’s name" or "in <state>’s waters" after a place as no container, and "in <state>’s north" as one', () => {
    const { relations } = extract(['Ships sailed from Kessa in Chad’s name.', 'A boat from Dorla in Niger’s waters was seized.', 'Shells hit the village of Ossa, in Mali’s north.']);
    expect(relations.filter((relation) => /^(Kessa|Dorla) LOCATED_IN/.test(relation))).toEqual([]);
    expect(relations).toContain('Ossa LOCATED_IN Mali');
  });

  it('reads no state that owns an envoy or a body as holding a region named after it', () => {
    const { relations } = extract(['Chad summoned Niger’s ambassador on Monday over a raid near the village of Kolo in the eastern province of Ossa.', 'Niger’s army shelled the remote district of Marva.']);
    expect(relations).toContain('Ossa LOCATED_IN Chad');
    expect(relations.filter((relation) => relation.endsWith('LOCATED_IN Niger'))).toEqual([]);
  });

  it('reads no state that goods or people move from or to as holding "the province of X" named after it', () => {
    const { relations } = extract(['Chad is a transit country for arms moving from Libya to Sudan, and killings in the province of Salam have doubled.']);
    expect(relations.filter((relation) => /^Salam LOCATED_IN (Libya|Sudan)$/.test(relation))).toEqual([]);
  });

  it('does not reach back across the sentence for the state of "the region of X in <month>"', () => {
    const { relations } = extract(['Nairobi dropped the accord it signed with the breakaway region of Jubaland in January 2024.']);
    expect(relations.filter((relation) => relation.startsWith('Jubaland LOCATED_IN'))).toEqual([]);
  });

  it('reads ", on <state>’s … coast" as in that state, and the sea of that coast as not in it', () => {
    const { relations } = extract(['Ethiopia will lease a terminal at the port of Berbera, on Somalia’s Gulf of Aden coast.']);
    expect(relations).toContain('Berbera LOCATED_IN Somalia');
    expect(relations).not.toContain('Gulf of Aden LOCATED_IN Somalia');
  });

  it('reads places joined before the plural of an area word as sharing its container', () => {
    const { relations } = extract(['Fighting broke out in the Kessa and Ain Doura districts of Tripoli on Monday.']);
    expect(relations).toEqual(expect.arrayContaining(['Kessa district LOCATED_IN Tripoli', 'Ain Doura district LOCATED_IN Tripoli']));
  });

  it('reads "a site in <state>’s <rank> city, Y" as in Y, not in the state', () => {
    const { relations } = extract(['Talks were held at the Velmar Palace in Norway’s second city, Bergen, on Monday.']);
    expect(relations).toContain('Velmar Palace LOCATED_IN Bergen');
    expect(relations).not.toContain('Velmar Palace LOCATED_IN Norway');
  });

  it('does not put a continent in the state named after it ("its largest base in Africa in Djibouti")', () => {
    const { relations } = extract(['France, which keeps its largest base in Africa in Djibouti, called for calm.']);
    expect(relations.filter((relation) => relation.startsWith('Africa LOCATED_IN'))).toEqual([]);
    // (Nor a region of the world named with a position word, as roles.ts reads it.)
    expect(extract(['France opened its largest base in Central Africa in Chad.']).relations.filter((relation) => relation.startsWith('Central Africa LOCATED_IN'))).toEqual([]);
  });

  it('does not put a river crossed "over … in X" in X', () => {
    const { relations } = extract(['Police stepped up patrols around the bridge over the Drina River in Visegrad on Friday.']);
    expect(relations.filter((relation) => relation.startsWith('Drina River LOCATED_IN'))).toEqual([]);
  });
});

describe('places named as a settlement or area of another', () => {
  it('reads "X’s largest city, Y", "X, whose Y region", "X state, whose capital Y" and "the capital, Y" as places within', () => {
    const { relations, entity } = extract([
      "Talks were held in Norway's second city, Bergen. Chile, whose Atacama region borders Bolivia, protested.",
      'Police were sent to Velo state, whose capital Marrow has been without power. Soldiers seized the capital, Oslo.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Bergen LOCATED_IN Norway', 'Atacama region LOCATED_IN Chile', 'Marrow LOCATED_IN Velo state']));
    expect(entity('Oslo')?.kind).toBe('Place');
  });

  it('reads a region set off after a town, and "in the <area> of Y", as what the town is in, not a list', () => {
    const { relations } = extract([
      'The sailors were flown to a hospital in Port Lira, Tavola, and were stable. A strike hit the village of Kesh in the northern province of Durra.',
      'Crowds marched in Lima, Cusco, Arequipa and Puno. Leaders spoke of peace in the Indo-Pacific region, Europe, and the world.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Port Lira LOCATED_IN Tavola', 'Kesh LOCATED_IN Durra']));
    expect(relations.filter((relation) => /^(Lima|Cusco|Arequipa|Indo-Pacific)/.test(relation))).toEqual([]);
  });

  it('reads "the <sea> port of X" as X on that sea, not the sea in X, and "the Y region of X" still as Y in X', () => {
    const { relations } = extract(['Grain ships left the Black Sea port of Odesa on Monday.', 'Tankers anchored off the Caspian Sea city of Aktau.', 'Drones hit the Kursk region of Russia.']);
    expect(relations).toEqual(expect.arrayContaining(['Odesa LOCATED_IN Black Sea', 'Aktau LOCATED_IN Caspian Sea', 'Kursk region LOCATED_IN Russia']));
    expect(relations.filter((relation) => /^(Black Sea|Caspian Sea) LOCATED_IN/.test(relation))).toEqual([]);
  });

  it('reads a possessive that owns an office after an opening place as no container, and one that names an area as one', () => {
    const { relations } = extract(['In Kessa, Chad’s de facto foreign minister, Ali Musa, said the men would be freed.', 'Ships left Varna, Bulgaria’s largest port, on Monday.']);
    expect(relations).not.toContain('Kessa LOCATED_IN Chad');
    expect(relations).toContain('Varna LOCATED_IN Bulgaria');
  });

  it('reads no state of a list that goes on after a place as holding it ("Crimea, Russia, and Ukraine"), but "Kessa, Chad," as one', () => {
    const { relations } = extract(['Leaders from Crimea, Russia, and Ukraine met.', 'Officials in Kessa, Chad, Niger and Mali met.', 'The summit in Dorla, Chad, ended on Friday.']);
    expect(relations.filter((relation) => /^(Crimea|Kessa) LOCATED_IN/.test(relation))).toEqual([]);
    expect(relations).toContain('Dorla LOCATED_IN Chad');
  });

  it('reads a state far before "the region of X" as its container only when the state is named as land, not as an actor or a comparison', () => {
    const { relations } = extract([
      'The army accused Sudan of arming rebels in the region of Tibesti.',
      'Unlike Niger, the province of Borkou had rain.',
      'Ministers from Niger and Chad discussed the future of the region of Kanem.',
      'Fighting spread across Mali and into the central region of Mopti.',
      'Rebels in Niger crossed into the remote province of Agadez on Monday.',
    ]);
    expect(relations.filter((relation) => /^(Tibesti|Borkou|Kanem) LOCATED_IN/.test(relation))).toEqual([]);
    expect(relations).toContain('Mopti LOCATED_IN Mali');
    expect(relations).toContain('Agadez LOCATED_IN Niger');
  });

  it('reads a possessive that owns a body after an opening place as no container of the place', () => {
    const { relations } = extract(["In Porto, Portugal's Ministry of Defence said the ship had left."]);
    expect(relations).not.toContain('Porto LOCATED_IN Portugal');
  });

  it('reads "X, the state / provincial / regional capital" as X in the one state, province or region the story names', () => {
    const state = extract(['Voting was calm across Ulmo State on Saturday.', 'Results were read out in Dorvik, the state capital, on Sunday.']);
    expect(state.relations).toContain('Dorvik LOCATED_IN Ulmo State');
    const province = extract(['Fighting spread across Ulmo province on Saturday.', 'Rebels entered Dorvik, the provincial capital, on Sunday.']);
    expect(province.relations).toContain('Dorvik LOCATED_IN Ulmo province');
    // (Two provinces named: which one is meant the words do not say.)
    const two = extract(['Fighting spread from Ulmo province to Tamsin province on Saturday.', 'Rebels entered Dorvik, the provincial capital, on Sunday.']);
    expect(two.relations.filter((relation) => relation.startsWith('Dorvik LOCATED_IN'))).toEqual([]);
  });

  it('reads "<capital>’s X district" as X in the capital as a place, when the story names that place, not in the state', () => {
    const { relations } = extract(['Chad and Niger traded blame on Monday.', 'Many people lived in Niamey before the war.', 'Shells fell on Niamey’s Dorla district overnight.']);
    expect(relations).toContain('Dorla district LOCATED_IN Niamey');
    expect(relations).not.toContain('Dorla district LOCATED_IN Niger');
  });
});

describe('islands', () => {
  it('reads "X, one of the Y islets" as in the group it is one of', () => {
    const { relations } = extract(['The boat was stopped about 3 kilometres from Karvik, one of the Sorrel islets, on Wednesday.']);
    expect(relations).toContain('Karvik LOCATED_IN Sorrel islets');
  });

  it('reads a site "on" an island as on that island, but not a site on a river or a border', () => {
    const { relations } = extract(['Troops will train at Pelau naval base on Moro Island next year. The Kelo dam on the Sava River was shut. The Tarn crossing on the Ostrel border reopened.']);
    expect(relations).toContain('Pelau naval base LOCATED_IN Moro Island');
    expect(relations.filter((relation) => /^(Kelo dam|Tarn crossing) LOCATED_IN/.test(relation))).toEqual([]);
  });
});

describe('datelines', () => {
  it('puts the city of a dateline in the state the dateline names after it', () => {
    const { relations } = extract(['Farmers in the valley said Kyrgyzstan had cut the water again.'], undefined, { dateline: 'Batken', datelineRegion: 'Kyrgyzstan' });
    expect(relations).toContain('Batken LOCATED_IN Kyrgyzstan');
  });

  it('does not restate that the capital of a dateline lies in its state', () => {
    const { relations } = extract(['Officials in Bishkek said Kyrgyzstan had cut the water again.'], undefined, { dateline: 'Bishkek', datelineRegion: 'Kyrgyzstan' });
    expect(relations.filter((relation) => relation.startsWith('Bishkek LOCATED_IN'))).toEqual([]);
  });
});

describe('settlements named in the plural', () => {
  it('reads "the <region> towns of A and B" as A and B in the region, never the region in A', () => {
    const { relations } = extract(['Congo accused Rwanda.', 'Rebels held the North Kivu villages of Mao and Nokou.']);
    expect(relations.filter((relation) => relation.startsWith('North Kivu LOCATED_IN'))).toEqual([]);
    expect(relations).toEqual(expect.arrayContaining(['Mao LOCATED_IN North Kivu', 'Nokou LOCATED_IN North Kivu']));
  });
});
