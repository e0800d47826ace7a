// News agencies and outlets that wire copy cites by name ("according to Yonhap"). A closed class: the
// international and national agencies of the major wire services' own lists, with their short forms.
import { lookupKey } from '../gazetteer.ts';

const AGENCIES: Readonly<Record<string, string[]>> = {
  'Associated Press': ['AP', 'The Associated Press'],
  'Reuters': ['Thomson Reuters'],
  'Agence France-Presse': ['AFP', 'Agence France Presse'],
  'BBC': ['British Broadcasting Corporation', 'BBC News'],
  'CNN': [],
  'Al Jazeera': [],
  'Bloomberg': ['Bloomberg News'],
  'Yonhap News Agency': ['Yonhap'],
  'Korean Central News Agency': ['KCNA'],
  'TASS': ['Tass'],
  'RIA Novosti': ['RIA'],
  'Interfax': [],
  'Xinhua': ['Xinhua News Agency'],
  'Kyodo News': ['Kyodo'],
  'Anadolu Agency': ['Anadolu'],
  'Ukrinform': [],
  'Deutsche Presse-Agentur': ['dpa', 'DPA'],
  'EFE': [],
  'ANSA': [],
  'Press Trust of India': ['PTI'],
  'NHK': [],
};

/**
 * International organisations that news names by acronym or short name, often in title case ("Nato"). A closed
 * class: the major intergovernmental bodies, from their own charters' English names.
 */
const INTERNATIONAL: Readonly<Record<string, string[]>> = {
  'North Atlantic Treaty Organization': ['NATO', 'Nato'],
  'European Union': ['EU', 'E.U.'],
  'United Nations': ['UN', 'U.N.'],
  'African Union': ['AU'],
  'Association of Southeast Asian Nations': ['ASEAN', 'Asean'],
  'Organization of the Petroleum Exporting Countries': ['OPEC', 'Opec'],
  'World Health Organization': ['WHO'],
  'International Atomic Energy Agency': ['IAEA'],
  'World Trade Organization': ['WTO'],
  'International Monetary Fund': ['IMF'],
  'World Bank': [],
  'Organization for Security and Co-operation in Europe': ['OSCE'],
  'International Criminal Court': ['ICC'],
  'International Court of Justice': ['ICJ'],
  'Group of Seven': ['G7', 'G-7'],
  'Group of 20': ['G20', 'G-20'],
  'BRICS': ['Brics'],
  'Shanghai Cooperation Organisation': ['SCO'],
  'Gulf Cooperation Council': ['GCC'],
  'Economic Community of West African States': ['ECOWAS', 'Ecowas'],
  'International Criminal Police Organization': ['Interpol', 'INTERPOL'],
  'Commonwealth': ['Commonwealth of Nations'],
};

export const NEWS_ORGANIZATIONS = new Map<string, string>();
for (const [name, aliases] of [...Object.entries(AGENCIES), ...Object.entries(INTERNATIONAL)]) {
  for (const alias of [name, ...aliases]) NEWS_ORGANIZATIONS.set(lookupKey(alias), name);
}

/** Words that make an organisation's name an outlet's ("Balkan Press Agency", "Korea Times"). */
export const OUTLET_NAME = /\b(news|press|agency|times|post|journal|herald|tribune|daily|gazette|guardian|telegraph|review|monitor|independent|channel|television|radio|wire|reuters|xinhua|yonhap|tass|afp|broadcasting|media)\b/i;

/** The agencies and outlets alone, by canonical name: sources that relay what others say ("according to Kyodo"). */
export const NEWS_AGENCY_NAMES: ReadonlySet<string> = new Set(Object.keys(AGENCIES));
