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

export const NEWS_ORGANIZATIONS = new Map<string, string>();
for (const [name, aliases] of Object.entries(AGENCIES)) {
  for (const alias of [name, ...aliases]) NEWS_ORGANIZATIONS.set(lookupKey(alias), name);
}
